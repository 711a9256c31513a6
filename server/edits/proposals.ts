import { randomBytes, randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { readQuery } from '../../cypher/index.js';
import type { AuditAction } from '../../model/audit.js';
import { appendAuditEvent, type AuditSnapshot } from '../audit/audit-log.js';
import type { RequestOrigin, Viewer } from '../auth/viewer.js';
import { BadInputError, ForbiddenError, NotFoundError } from '../database/errors.js';
import type { QueryRunner } from '../database/executor.js';
import { applyProposal } from './apply.js';
import { alreadyReviewed, staleVersion } from './conflicts.js';
import type { Change } from './drafts.js';
import { quoteProblem, type Evidence } from './evidence.js';
import { proposalProperties, proposalRecord, type ProposalRecord } from './proposal-records.js';
import { assertEditable, readSubject, versionOf, type EditSubject } from './records.js';

const LOCK = readQuery('edit-lock');
const CREATE_PROPOSAL = readQuery('edit-create-proposal');
const PROPOSAL_BY_ID = readQuery('edit-proposal');
const REVIEW_PROPOSAL = readQuery('edit-review-proposal');
const SOURCE_TEXT = readQuery('edit-source-text');

/** Who acts and from where: what every write of the workspace records. */
export interface Acting {
  viewer: Viewer;
  origin: RequestOrigin;
}

/** Takes the workspace's edit lock: the first statement of every edit transaction (see edit-lock.cypher). */
export async function lockEdits(transaction: ManagedTransaction, now: string): Promise<void> {
  await transaction.run(LOCK, { now });
}

/** Refuses evidence whose source is unknown or whose quote is not in the source's text. */
export async function checkEvidence(transaction: ManagedTransaction, evidence: Evidence): Promise<void> {
  if (evidence.sourceId === null) return;
  const result = await transaction.run(SOURCE_TEXT, { id: evidence.sourceId });
  const text = result.records[0]?.get('text') as string | undefined;
  if (text === undefined) throw new BadInputError(`evidence: no source has the id "${evidence.sourceId}" (register the document first: registerSource).`);
  const problem = quoteProblem(evidence.sourceId, text, evidence.quote);
  if (problem) throw new BadInputError(`evidence: ${problem}.`);
}

/** What a new proposal needs besides who proposes it: the caller has checked its changes. */
export type ProposalDraft = Pick<ProposalRecord, 'action' | 'subjectId' | 'subjectKind' | 'baseVersion' | 'changes' | 'evidence' | 'reason'>;

/** The subject of an edit of an existing record: present, owned by the editors, at the version the editor saw. */
export async function editableSubject(transaction: ManagedTransaction, id: string, version: number): Promise<EditSubject> {
  const subject = await readSubject(transaction, id);
  if (!subject) throw new NotFoundError('entity or relation', id);
  assertEditable(subject);
  if (versionOf(subject) !== version) throw await staleVersion(transaction, id, version, versionOf(subject));
  return subject;
}

function actorOf(viewer: Viewer) {
  return { userId: viewer.userId, name: viewer.name };
}

/** A short random suffix for an id that is taken already. */
export function idSuffix(): string {
  return randomBytes(3).toString('hex');
}

/**
 * Writes a proposal and its PROPOSAL_CREATED event in the caller's transaction. `prepare` runs
 * first, under the edit lock: it reads what the proposal is about and returns the draft (or throws).
 */
export async function propose(
  runner: QueryRunner,
  acting: Acting,
  prepare: (transaction: ManagedTransaction) => Promise<ProposalDraft>,
): Promise<ProposalRecord> {
  return runner.write(async (transaction) => {
    const now = new Date().toISOString();
    await lockEdits(transaction, now);
    const draft = await prepare(transaction);
    if (draft.changes.length === 0 && draft.action !== 'RETRACT') throw new BadInputError('The edit changes nothing: every field given has that value already.');
    await checkEvidence(transaction, draft.evidence);
    const { viewer } = acting;
    const proposal: ProposalRecord = {
      ...draft,
      id: `proposal:${randomUUID()}`,
      status: 'PROPOSED',
      proposedBy: { id: viewer.userId, name: viewer.name, role: viewer.role },
      proposedAt: now,
      reviewedBy: null,
      reviewedAt: null,
      reviewComment: null,
    };
    await transaction.run(CREATE_PROPOSAL, { properties: proposalProperties(proposal) });
    await appendAuditEvent(transaction, {
      action: 'PROPOSAL_CREATED',
      actor: actorOf(viewer),
      subjectKind: 'PROPOSAL',
      subjectId: proposal.id,
      relatedId: proposal.subjectId,
      before: { status: null, ...valuesOf(proposal.changes, 'before') },
      after: { status: 'PROPOSED', action: proposal.action, ...valuesOf(proposal.changes, 'after') },
      ...(proposal.reason !== null && { reason: proposal.reason }),
      origin: acting.origin,
    });
    return proposal;
  });
}

function valuesOf(changes: readonly Change[], side: 'before' | 'after'): AuditSnapshot {
  return Object.fromEntries(changes.map((change) => [change.name, change[side]]));
}

async function lockedProposal(transaction: ManagedTransaction, id: string): Promise<ProposalRecord> {
  const result = await transaction.run(PROPOSAL_BY_ID, { id });
  const properties = result.records[0]?.get('proposal') as Record<string, unknown> | undefined;
  if (!properties) throw new NotFoundError('proposal', id);
  const proposal = proposalRecord(properties);
  if (proposal.status !== 'PROPOSED') throw alreadyReviewed(proposal);
  return proposal;
}

type Review = 'ACCEPTED' | 'REJECTED' | 'WITHDRAWN';

const REVIEW_ACTIONS: Record<Review, AuditAction> = {
  ACCEPTED: 'PROPOSAL_ACCEPTED',
  REJECTED: 'PROPOSAL_REJECTED',
  WITHDRAWN: 'PROPOSAL_WITHDRAWN',
};

/**
 * Accepts, rejects or withdraws a proposal in ONE write transaction, under the edit lock: its
 * status (compare-and-set: only a PROPOSED one), the applied change when accepted (the record's
 * version compared with the proposal's base), and their audit events commit together or not at all.
 */
export async function review(runner: QueryRunner, acting: Acting, id: string, outcome: Review, comment: string | null): Promise<ProposalRecord> {
  const { viewer } = acting;
  return runner.write(async (transaction) => {
    const now = new Date().toISOString();
    await lockEdits(transaction, now);
    const proposal = await lockedProposal(transaction, id);
    if (outcome === 'WITHDRAWN' && proposal.proposedBy.id !== viewer.userId) {
      throw new ForbiddenError(`Only its author (${proposal.proposedBy.name}) may withdraw ${id}; a reviewer rejects it instead.`);
    }
    if (outcome !== 'WITHDRAWN' && proposal.proposedBy.id === viewer.userId) {
      throw new ForbiddenError(`Four eyes: ${id} is your own proposal; another reviewer must ${outcome === 'ACCEPTED' ? 'accept' : 'reject'} it (you may withdraw it).`);
    }
    const applied = outcome === 'ACCEPTED' ? await applyProposal(transaction, proposal, viewer, now) : null;
    const reviewed: ProposalRecord = {
      ...proposal,
      status: outcome,
      reviewedBy: outcome === 'WITHDRAWN' ? null : { id: viewer.userId, name: viewer.name, role: viewer.role },
      reviewedAt: now,
      reviewComment: comment,
    };
    await transaction.run(REVIEW_PROPOSAL, {
      id,
      set: {
        status: outcome,
        reviewedAt: now,
        reviewedBy: reviewed.reviewedBy?.id ?? null,
        reviewedByName: reviewed.reviewedBy?.name ?? null,
        reviewedByRole: reviewed.reviewedBy?.role ?? null,
        reviewComment: comment,
      },
    });
    await appendAuditEvent(transaction, {
      action: REVIEW_ACTIONS[outcome],
      actor: actorOf(viewer),
      subjectKind: 'PROPOSAL',
      subjectId: id,
      relatedId: proposal.subjectId,
      before: { status: 'PROPOSED' },
      after: { status: outcome },
      ...(comment !== null && { reason: comment }),
      origin: acting.origin,
    });
    if (applied) {
      await appendAuditEvent(transaction, {
        action: applied.action,
        actor: actorOf(viewer),
        subjectKind: proposal.subjectKind,
        subjectId: proposal.subjectId,
        relatedId: id,
        before: applied.before,
        after: applied.after,
        reason: [proposal.reason, `proposed by ${proposal.proposedBy.name}`].filter(Boolean).join('; '),
        origin: acting.origin,
      });
    }
    return reviewed;
  });
}
