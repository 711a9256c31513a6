import type { ProposalAction, ProposalStatus } from '../../model/edits.js';
import type { Change } from './drafts.js';
import type { Evidence } from './evidence.js';

/** A proposal as the workspace stores it (one :Proposal node; never an :Entity, never linked to one). */
export interface ProposalRecord {
  id: string;
  action: ProposalAction;
  status: ProposalStatus;
  subjectId: string;
  subjectKind: 'ENTITY' | 'RELATION';
  baseVersion: number | null;
  changes: Change[];
  evidence: Evidence;
  reason: string | null;
  proposedBy: { id: string; name: string; role: string };
  proposedAt: string;
  reviewedBy: { id: string; name: string; role: string } | null;
  reviewedAt: string | null;
  reviewComment: string | null;
}

/** The node's properties for a new proposal (no nulls: an absent property is not set). */
export function proposalProperties(proposal: ProposalRecord): Record<string, unknown> {
  const properties: Record<string, unknown> = {
    id: proposal.id,
    action: proposal.action,
    status: proposal.status,
    subjectId: proposal.subjectId,
    subjectKind: proposal.subjectKind,
    baseVersion: proposal.baseVersion,
    changesJson: JSON.stringify(proposal.changes),
    evidenceSource: proposal.evidence.sourceId,
    evidenceQuote: proposal.evidence.quote,
    editorNote: proposal.evidence.editorNote,
    reason: proposal.reason,
    proposedBy: proposal.proposedBy.id,
    proposedByName: proposal.proposedBy.name,
    proposedByRole: proposal.proposedBy.role,
    proposedAt: proposal.proposedAt,
  };
  return Object.fromEntries(Object.entries(properties).filter(([, value]) => value !== null && value !== undefined));
}

const text = (value: unknown): string | null => (value === undefined || value === null ? null : String(value));

/** Reads a :Proposal node's properties back. */
export function proposalRecord(properties: Record<string, unknown>): ProposalRecord {
  const sourceId = text(properties.evidenceSource);
  const evidence: Evidence = sourceId
    ? { sourceId, quote: String(properties.evidenceQuote ?? ''), editorNote: null }
    : { sourceId: null, quote: null, editorNote: String(properties.editorNote ?? '') };
  return {
    id: String(properties.id),
    action: String(properties.action) as ProposalAction,
    status: String(properties.status) as ProposalStatus,
    subjectId: String(properties.subjectId),
    subjectKind: String(properties.subjectKind) as 'ENTITY' | 'RELATION',
    baseVersion: properties.baseVersion === undefined || properties.baseVersion === null ? null : Number(properties.baseVersion),
    changes: JSON.parse(String(properties.changesJson ?? '[]')) as Change[],
    evidence,
    reason: text(properties.reason),
    proposedBy: { id: String(properties.proposedBy), name: String(properties.proposedByName), role: String(properties.proposedByRole ?? 'editor') },
    proposedAt: String(properties.proposedAt),
    reviewedBy: properties.reviewedBy
      ? { id: String(properties.reviewedBy), name: String(properties.reviewedByName), role: String(properties.reviewedByRole ?? 'reviewer') }
      : null,
    reviewedAt: text(properties.reviewedAt),
    reviewComment: text(properties.reviewComment),
  };
}
