import { readQuery } from '../../cypher/index.js';
import { roleSatisfies } from '../../model/access.js';
import type { AuditAction } from '../../model/audit.js';
import { AUDIT_ACTIONS } from '../../model/audit.js';
import type { Viewer } from '../auth/viewer.js';
import { BadInputError } from '../database/errors.js';
import type { QueryRunner } from '../database/executor.js';
import { connectionOf, decodeCursor } from '../graphql/cursors.js';
import { checkRange, type Limits } from '../graphql/limits.js';
import { storedAuditEvent, verifyAuditChain, type StoredAuditEvent } from './audit-log.js';

const HISTORY = readQuery('audit-history');
const LOG_PAGE = readQuery('audit-log-page');

/** What every reader sees of a record's history: the changes applied to it. */
const APPLIED_ACTIONS: readonly AuditAction[] = ['RECORD_CREATED', 'RECORD_UPDATED', 'RECORD_RETRACTED', 'SOURCE_REGISTERED'];
/** What editors and reviewers see besides: the proposals about it and their reviews. */
const PROPOSAL_ACTIONS: readonly AuditAction[] = ['PROPOSAL_CREATED', 'PROPOSAL_ACCEPTED', 'PROPOSAL_REJECTED', 'PROPOSAL_WITHDRAWN'];

/**
 * Which events of a history a reader sees. Not a guard (anybody who may read may ask): proposals
 * are the workspace's own business, invisible to viewers, as they are in the graph.
 */
export function visibleActions(viewer: Viewer | null): readonly AuditAction[] {
  return viewer && roleSatisfies(viewer.role, 'editor') ? [...APPLIED_ACTIONS, ...PROPOSAL_ACTIONS] : APPLIED_ACTIONS;
}

interface PageArguments {
  first?: number | null;
  after?: string | null;
}

function afterSequence(field: string, cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const sequence = Number(decodeCursor('audit-event', cursor, field));
  if (!Number.isInteger(sequence) || sequence < 0) throw new BadInputError(`${field}: "after" is not a cursor this field handed out; pass an endCursor from its pageInfo.`);
  return sequence;
}

/** `history(id)`: one record's events, oldest first. */
export async function historyPage(runner: QueryRunner, limits: Limits, viewer: Viewer | null, id: string, args: PageArguments) {
  const first = checkRange('history', 'first', args.first ?? 50, 1, limits.maxPageSize);
  const after = afterSequence('history', args.after);
  const rows = await runner.read(HISTORY, { id, after, first, actions: visibleActions(viewer) });
  const events = rows.map((row) => storedAuditEvent(row.event as Record<string, unknown>));
  return connectionOf('audit-event', events, { first, after: args.after ? String(after) : null, totalCount: null }, (event) => ({ node: event }), (event) => String(event.sequence));
}

/** `auditLog`: the whole trail in order, each event with its hash, and whether this page's chain holds. */
export async function auditLogPage(runner: QueryRunner, limits: Limits, args: PageArguments) {
  const first = checkRange('auditLog', 'first', args.first ?? 100, 1, limits.maxPageSize);
  const after = afterSequence('auditLog', args.after);
  const [row] = await runner.read(LOG_PAGE, { after, first });
  const events = ((row?.events as Record<string, unknown>[] | undefined) ?? []).map(storedAuditEvent).sort((a, b) => a.sequence - b.sequence);
  const chainBreak = verifyAuditChain(events.slice(0, first), String(row?.previousHash ?? ''));
  const connection = connectionOf(
    'audit-event',
    events,
    { first, after: args.after ? String(after) : null, totalCount: Number(row?.total ?? 0) },
    (event: StoredAuditEvent) => ({ node: event }),
    (event) => String(event.sequence),
  );
  return { ...connection, chainIntact: chainBreak === null, chainBreak };
}

/** Whether an action is one the audit trail knows (the GraphQL enum lists the same). */
export function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}
