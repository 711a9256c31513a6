import { createHash, randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import type { AuditAction, AuditSubjectKind } from '../../model/audit.js';
import type { RequestOrigin } from '../auth/viewer.js';

/** A record's properties as they were before and after a change (JSON-safe values only). */
export type AuditSnapshot = Record<string, string | number | boolean | null | string[]>;

export interface AuditEventInput {
  action: AuditAction;
  /** Who acted; null for an anonymous attempt (a refused sign-in of an unknown account). */
  actor: { userId: string; name: string } | null;
  subjectKind: AuditSubjectKind;
  subjectId: string;
  before?: AuditSnapshot | null;
  after?: AuditSnapshot | null;
  /** Why: the editor's reason, the reviewer's comment, the refusal's cause. */
  reason?: string;
  /** Another record the event concerns (the proposal an applied change came from, say). */
  relatedId?: string;
  origin: RequestOrigin;
}

export interface StoredAuditEvent {
  id: string;
  sequence: number;
  at: string;
  action: AuditAction;
  actorId: string | null;
  actorName: string | null;
  subjectKind: AuditSubjectKind;
  subjectId: string;
  beforeJson: string | null;
  afterJson: string | null;
  reason: string | null;
  relatedId: string | null;
  requestId: string;
  address: string;
  previousHash: string;
  hash: string;
}

type HashedFields = Omit<StoredAuditEvent, 'hash'>;

const HASHED_KEYS: (keyof HashedFields)[] = [
  'id', 'sequence', 'at', 'action', 'actorId', 'actorName', 'subjectKind', 'subjectId',
  'beforeJson', 'afterJson', 'reason', 'relatedId', 'requestId', 'address', 'previousHash',
];

/** The event's hash covers every field and its predecessor's hash: a changed or removed event breaks the chain. */
export function auditHash(event: HashedFields): string {
  const canonical = JSON.stringify(HASHED_KEYS.map((key) => event[key] ?? null));
  return createHash('sha256').update(canonical).digest('hex');
}

/**
 * Appends one event to the audit trail, inside the caller's write transaction, so the event and
 * the change it records commit together or not at all.
 *
 * Events form one hash chain (each stores its predecessor's hash), ordered by `sequence`. The
 * chain's head is one node whose update takes Neo4j's write lock on it: concurrent writers
 * queue there for the few milliseconds of their commit, and the sequence has no gaps or forks.
 * Nothing in the API updates or deletes an :AuditEvent; `verifyAuditChain` shows that nobody did.
 */
export async function appendAuditEvent(transaction: ManagedTransaction, input: AuditEventInput): Promise<StoredAuditEvent> {
  const head = await transaction.run(
    `MERGE (head:AuditHead {id: 'audit'})
       ON CREATE SET head.sequence = 0, head.hash = ''
     SET head.sequence = head.sequence + 1
     RETURN head.sequence AS sequence, head.hash AS previousHash`,
  );
  const record = head.records[0]!;
  const fields: HashedFields = {
    id: randomUUID(),
    sequence: Number(record.get('sequence')),
    at: new Date().toISOString(),
    action: input.action,
    actorId: input.actor?.userId ?? null,
    actorName: input.actor?.name ?? null,
    subjectKind: input.subjectKind,
    subjectId: input.subjectId,
    beforeJson: input.before ? JSON.stringify(input.before) : null,
    afterJson: input.after ? JSON.stringify(input.after) : null,
    reason: input.reason ?? null,
    relatedId: input.relatedId ?? null,
    requestId: input.origin.requestId,
    address: input.origin.address,
    previousHash: String(record.get('previousHash')),
  };
  const event: StoredAuditEvent = { ...fields, hash: auditHash(fields) };
  await transaction.run(
    `MATCH (head:AuditHead {id: 'audit'})
     CREATE (event:AuditEvent)
     SET event = $event, head.hash = $event.hash`,
    { event: withoutNulls(event) },
  );
  return event;
}

function withoutNulls(event: StoredAuditEvent): Record<string, unknown> {
  return Object.fromEntries(Object.entries(event).filter(([, value]) => value !== null));
}

/** Reads an event node's properties back into the stored shape (absent properties are nulls). */
export function storedAuditEvent(properties: Record<string, unknown>): StoredAuditEvent {
  const text = (key: string) => (properties[key] === undefined || properties[key] === null ? null : String(properties[key]));
  return {
    id: String(properties.id),
    sequence: Number(properties.sequence),
    at: String(properties.at),
    action: String(properties.action) as AuditAction,
    actorId: text('actorId'),
    actorName: text('actorName'),
    subjectKind: String(properties.subjectKind) as AuditSubjectKind,
    subjectId: String(properties.subjectId),
    beforeJson: text('beforeJson'),
    afterJson: text('afterJson'),
    reason: text('reason'),
    relatedId: text('relatedId'),
    requestId: String(properties.requestId),
    address: String(properties.address),
    previousHash: String(properties.previousHash ?? ''),
    hash: String(properties.hash),
  };
}

/**
 * Checks a run of events in sequence order: each hash matches its fields, each links to the one
 * before, and no sequence number is missing. Returns the first break, or null when intact.
 */
export function verifyAuditChain(events: readonly StoredAuditEvent[], previousHash = ''): string | null {
  let expectedPrevious = previousHash;
  let expectedSequence = events[0]?.sequence;
  for (const event of events) {
    if (event.sequence !== expectedSequence) return `event ${expectedSequence} is missing (found ${event.sequence})`;
    if (event.previousHash !== expectedPrevious) return `event ${event.sequence} does not follow its predecessor`;
    const { hash, ...fields } = event;
    if (auditHash(fields) !== hash) return `event ${event.sequence} was altered`;
    expectedPrevious = hash;
    expectedSequence = event.sequence + 1;
  }
  return null;
}
