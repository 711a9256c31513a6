import type { ManagedTransaction } from 'neo4j-driver';
import { readQuery } from '../../cypher/index.js';
import { ConflictError } from '../database/errors.js';
import type { ProposalRecord } from './proposal-records.js';

const RECENT_CHANGES = readQuery('edit-recent-changes');

interface RecentChange {
  action: string;
  at: string;
  actorName: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  reason: string | null;
}

function parse(json: unknown): Record<string, unknown> | null {
  return typeof json === 'string' ? (JSON.parse(json) as Record<string, unknown>) : null;
}

/** The fields two snapshots disagree on (bookkeeping such as the version and timestamps left out). */
export function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys].filter((key) => !BOOKKEEPING.has(key) && JSON.stringify(before?.[key] ?? null) !== JSON.stringify(after?.[key] ?? null)).sort();
}

const BOOKKEEPING = new Set(['version', 'updatedAt', 'updatedBy', 'createdAt', 'createdBy']);

/**
 * A CONFLICT that says what changed since the version an edit was made against: which fields,
 * by whom, when (read off the record's latest audit events, which the change wrote itself).
 */
export async function staleVersion(transaction: ManagedTransaction, subjectId: string, base: number, current: number | null): Promise<ConflictError> {
  const result = await transaction.run(RECENT_CHANGES, { subjectId });
  const recent: RecentChange[] = result.records.map((record) => ({
    action: String(record.get('action')),
    at: String(record.get('at')),
    actorName: record.get('actorName') as string | null,
    before: parse(record.get('beforeJson')),
    after: parse(record.get('afterJson')),
    reason: record.get('reason') as string | null,
  }));
  const since = recent.filter((change) => change.action === 'RECORD_RETRACTED' || Number(change.after?.version ?? 0) > base).reverse();
  const told = since.map((change) => {
    if (change.action === 'RECORD_RETRACTED') return `${change.actorName ?? 'someone'} retracted it at ${change.at} (${change.reason ?? 'no reason given'})`;
    const fields = changedFields(change.before, change.after);
    return `${change.actorName ?? 'someone'} changed ${fields.join(', ') || 'its evidence'} at ${change.at}`;
  });
  const now = current === null ? 'it is no longer in the graph' : `it is at version ${current}`;
  return new ConflictError(
    `${subjectId} changed since version ${base}, which this edit was made against: ${now}${told.length > 0 ? `; since then ${told.join('; ')}` : ''}. Read it again and propose the edit anew.`,
  );
}

/** A CONFLICT for a proposal that is no longer waiting (accepted, rejected or withdrawn meanwhile). */
export function alreadyReviewed(proposal: ProposalRecord): ConflictError {
  const who = proposal.reviewedBy?.name ?? proposal.proposedBy.name;
  return new ConflictError(`${proposal.id} is no longer waiting for review: it was ${proposal.status.toLowerCase()} by ${who} at ${proposal.reviewedAt ?? 'an earlier time'}.`);
}
