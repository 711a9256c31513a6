import type { Executor } from '../../server/database/executor.js';
import { auditHash, type StoredAuditEvent } from '../../server/audit/audit-log.js';
import { supernodeId } from './synthetic-records.js';
import { WRITE_BATCH } from './synthetic-graph.js';

/**
 * The coordinators' workspace at the scale of years of use, so PROFILE of its queries (review
 * queue, history, audit log, users, sessions, investigations) means something: a queue of
 * 60,000 proposals (2,000 open), 300,000 audit events, 2,000 accounts, 20,000 sessions and
 * 10,000 investigations, with the worst cases piled on purpose:
 * - the project supernode is the subject of 20,000 proposals and 30,000 audit events, and the
 *   related record of 30,000 more (the history of a busy hub);
 * - `user:bench-heavy` owns 2,000 investigations, has 2,000 more shared with them and 5,000
 *   sessions; its first investigation is shared with 1,000 users.
 * Deterministic (no randomness), written once per database (a marker node says so).
 */
export const WORKSPACE_SIZES = { users: 2_000, sessions: 20_000, proposals: 60_000, openProposals: 2_000, auditEvents: 300_000, investigations: 10_000 };
export const WORKSPACE_VERSION = 1;
export const HEAVY_USER = 'user:bench-heavy';
export const HUB_SUBJECT = supernodeId('Project');
export const HEAVY_INVESTIGATION = 'inv:bench-00000';
const HUB_PROPOSALS = 20_000;
const HUB_EVENTS = 30_000;
const HEAVY_OWNED = 2_000;
const HEAVY_SESSIONS = 5_000;
const SHARES_OF_HEAVY_INVESTIGATION = 1_000;

const ROLES = ['viewer', 'editor', 'reviewer', 'admin'] as const;
const DAY = 86_400_000;
const EPOCH = Date.parse('2024-01-01T00:00:00Z');
const at = (index: number, total: number) => new Date(EPOCH + Math.floor((index / total) * 1_000 * DAY)).toISOString();
const pad = (index: number) => String(index).padStart(5, '0');
export const benchUserId = (index: number) => (index === 0 ? HEAVY_USER : `user:bench-${pad(index)}`);
export const benchLogin = (index: number) => `bench-${pad(index)}@bench.example`;

function users(): Record<string, unknown>[] {
  return Array.from({ length: WORKSPACE_SIZES.users }, (_, index) => ({
    id: benchUserId(index),
    login: benchLogin(index),
    email: benchLogin(index),
    name: `Bench user ${index}`,
    role: ROLES[index % ROLES.length],
    disabled: false,
    createdAt: at(index, WORKSPACE_SIZES.users),
    version: 1,
  }));
}

function sessions(): Record<string, unknown>[] {
  const now = Date.now();
  return Array.from({ length: WORKSPACE_SIZES.sessions }, (_, index) => ({
    tokenHash: `bench-session-${index}`,
    userId: index < HEAVY_SESSIONS ? HEAVY_USER : benchUserId(index % WORKSPACE_SIZES.users),
    createdAt: new Date(now - DAY).toISOString(),
    lastSeenAt: new Date(now - DAY).toISOString(),
    idleExpiresAt: new Date(now + DAY).toISOString(),
    absoluteExpiresAt: new Date(now + 7 * DAY).toISOString(),
  }));
}

/** Open proposals are the newest (a queue is worked oldest first); the hub's are spread through. */
function proposals(): Record<string, unknown>[] {
  const total = WORKSPACE_SIZES.proposals;
  const decided = ['ACCEPTED', 'REJECTED', 'WITHDRAWN'];
  return Array.from({ length: total }, (_, index) => {
    const open = index >= total - WORKSPACE_SIZES.openProposals;
    return {
      id: `prop:bench-${pad(index)}`,
      action: 'UPDATE_ENTITY',
      status: open ? 'PROPOSED' : decided[index % decided.length],
      subjectId: index % (total / HUB_PROPOSALS) === 0 ? HUB_SUBJECT : `project:syn-${index % 5_000}`,
      subjectKind: 'ENTITY',
      baseVersion: 1,
      changesJson: JSON.stringify([{ field: 'description', before: null, after: `Change ${index}` }]),
      editorNote: 'Synthetic proposal for the scale benchmark.',
      proposedBy: benchUserId(1 + (index % 500)),
      proposedByName: `Bench user ${1 + (index % 500)}`,
      proposedByRole: 'editor',
      proposedAt: at(index, total),
    };
  });
}

/** One hash chain, as the API writes it; every tenth event concerns the hub (subject or related). */
function* auditEventBatches(size: number, head: { sequence: number; hash: string }): Generator<StoredAuditEvent[]> {
  const total = WORKSPACE_SIZES.auditEvents;
  let previousHash = head.hash;
  let batch: StoredAuditEvent[] = [];
  for (let index = 1; index <= total; index += 1) {
    const sequence = head.sequence + index;
    const aboutHub = index % 10 === 0 && index / 10 <= HUB_EVENTS;
    const relatedToHub = index % 10 === 5 && (index - 5) / 10 < HUB_EVENTS;
    const fields = {
      id: `audit:bench-${sequence}`,
      sequence,
      at: at(index, total),
      action: aboutHub ? 'RECORD_UPDATED' : relatedToHub ? 'PROPOSAL_ACCEPTED' : 'SIGN_IN',
      actorId: benchUserId(sequence % WORKSPACE_SIZES.users),
      actorName: `Bench user ${sequence % WORKSPACE_SIZES.users}`,
      subjectKind: aboutHub ? 'ENTITY' : relatedToHub ? 'PROPOSAL' : 'USER',
      subjectId: aboutHub ? HUB_SUBJECT : relatedToHub ? `prop:bench-r${sequence}` : benchUserId(sequence % WORKSPACE_SIZES.users),
      beforeJson: null,
      afterJson: aboutHub ? JSON.stringify({ description: `Change ${sequence}` }) : null,
      reason: null,
      relatedId: relatedToHub ? HUB_SUBJECT : null,
      requestId: `bench-${sequence}`,
      address: '127.0.0.1',
      previousHash,
    } as Omit<StoredAuditEvent, 'hash'>;
    const event = { ...fields, hash: auditHash(fields) } as StoredAuditEvent;
    previousHash = event.hash;
    batch.push(event);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

function investigations(): { properties: Record<string, unknown>; ownerId: string }[] {
  return Array.from({ length: WORKSPACE_SIZES.investigations }, (_, index) => {
    const ownerId = index < HEAVY_OWNED ? HEAVY_USER : benchUserId(1 + (index % (WORKSPACE_SIZES.users - 1)));
    const time = at(index, WORKSPACE_SIZES.investigations);
    return {
      ownerId,
      properties: { id: `inv:bench-${pad(index)}`, name: `Investigation ${index}`, notes: '', viewJson: '{}', version: 1, createdAt: time, updatedAt: time },
    };
  });
}

/** Shares: the heavy user reads 2,000 others' investigations; the heavy investigation is read by 1,000 users. */
function shares(): { userId: string; investigationId: string }[] {
  const toHeavy = Array.from({ length: HEAVY_OWNED }, (_, index) => ({ userId: HEAVY_USER, investigationId: `inv:bench-${pad(HEAVY_OWNED + index)}` }));
  const ofHeavy = Array.from({ length: SHARES_OF_HEAVY_INVESTIGATION }, (_, index) => ({ userId: benchUserId(1 + index), investigationId: HEAVY_INVESTIGATION }));
  return [...toHeavy, ...ofHeavy];
}

async function inBatches<T>(executor: Executor, rows: T[], query: string): Promise<void> {
  for (let start = 0; start < rows.length; start += WRITE_BATCH) {
    await executor.writeTransaction((transaction) => transaction.run(query, { rows: rows.slice(start, start + WRITE_BATCH) }));
  }
}

/** Writes the synthetic workspace once; a database that has it already is left alone. */
export async function writeSyntheticWorkspace(executor: Executor, log: (line: string) => void = () => {}): Promise<void> {
  const [marker] = await executor.read('MATCH (marker:BenchWorkspaceMarker) RETURN marker.version AS version');
  if (marker && Number(marker.version) === WORKSPACE_VERSION) return;
  const [existing] = await executor.read('MATCH (user:User) WHERE user.id STARTS WITH "user:bench" RETURN count(user) AS users');
  if (Number(existing?.users ?? 0) > 0) throw new Error('A partial synthetic workspace is in the scale database: rebuild it (delete its folder).');
  const started = performance.now();
  await inBatches(executor, users(), 'UNWIND $rows AS row CREATE (user:User) SET user = row');
  await inBatches(executor, sessions(), 'UNWIND $rows AS row CREATE (session:Session) SET session = row');
  await inBatches(executor, proposals(), 'UNWIND $rows AS row CREATE (proposal:Proposal) SET proposal = row');
  log(`workspace: users, sessions and proposals written (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  // After the events already there (the API's own, if any): one chain, as verifyAuditChain expects.
  const [head] = await executor.read(`OPTIONAL MATCH (head:AuditHead {id: 'audit'}) RETURN coalesce(head.sequence, 0) AS sequence, coalesce(head.hash, '') AS hash`);
  let last: StoredAuditEvent | undefined;
  for (const batch of auditEventBatches(WRITE_BATCH, { sequence: Number(head!.sequence), hash: String(head!.hash) })) {
    const rows = batch.map((event) => Object.fromEntries(Object.entries(event).filter(([, value]) => value !== null)));
    await executor.writeTransaction((transaction) => transaction.run('UNWIND $rows AS row CREATE (event:AuditEvent) SET event = row', { rows }));
    last = batch.at(-1);
  }
  await executor.writeTransaction((transaction) =>
    transaction.run(`MERGE (head:AuditHead {id: 'audit'}) SET head.sequence = $sequence, head.hash = $hash`, { sequence: last!.sequence, hash: last!.hash }),
  );
  log(`workspace: ${WORKSPACE_SIZES.auditEvents.toLocaleString('en')} audit events written (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  await inBatches(
    executor,
    investigations(),
    'UNWIND $rows AS row MATCH (user:User {id: row.ownerId}) CREATE (user)-[:OWNS]->(investigation:Investigation) SET investigation = row.properties',
  );
  await inBatches(
    executor,
    shares(),
    'UNWIND $rows AS row MATCH (user:User {id: row.userId}) MATCH (investigation:Investigation {id: row.investigationId}) CREATE (user)-[:CAN_READ]->(investigation)',
  );
  await executor.writeTransaction((transaction) =>
    transaction.run('MERGE (marker:BenchWorkspaceMarker) SET marker.version = $version, marker.seconds = $seconds', {
      version: WORKSPACE_VERSION,
      seconds: (performance.now() - started) / 1000,
    }),
  );
  log(`workspace written in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}
