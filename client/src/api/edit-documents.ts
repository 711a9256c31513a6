import type { EditableRecord } from '../core/workspace/edit-changes.js';
import { operation } from './operation.js';

/**
 * The edit API's documents (server/edits, server/audit): proposals with their evidence, the
 * review queue, a record's history, and the live check of a quote against its source.
 */

export interface PropertyChange {
  name: string;
  before: string | null;
  after: string | null;
}

export interface ProposalRecord {
  id: string;
  action: string;
  status: string;
  subjectId: string;
  subjectKind: string;
  changes: PropertyChange[];
  evidence: { source: { id: string; title: string } | null; quote: string | null; editorNote: string | null };
  reason: string | null;
  proposedBy: { id: string; name: string };
  proposedAt: string;
  reviewedBy: { id: string; name: string } | null;
  reviewedAt: string | null;
  reviewComment: string | null;
}

const PROPOSAL_FIELDS = `fragment ProposalFields on Proposal {
  id action status subjectId subjectKind
  changes { name before after }
  evidence { source { id title } quote editorNote }
  reason proposedBy { id name } proposedAt reviewedBy { id name } reviewedAt reviewComment
}`;

export const PROPOSALS = operation(
  `query Proposals($statuses: [ProposalStatus!], $subjectIds: [ID!], $after: String) {
  proposals(statuses: $statuses, subjectIds: $subjectIds, first: 50, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { ...ProposalFields }
  }
}
${PROPOSAL_FIELDS}`,
  (data: { proposals: { totalCount: number; nodes: ProposalRecord[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }) => ({
    totalCount: data.proposals.totalCount,
    nodes: data.proposals.nodes,
    /** Where the next page starts (`after`), or null on the last page. */
    nextCursor: data.proposals.pageInfo.hasNextPage ? data.proposals.pageInfo.endCursor : null,
  }),
);

export interface RelationProposal {
  type: string;
  from: string;
  to: string;
  startDate?: string;
  endDate?: string;
  role?: string;
  evidence: { sourceId?: string; quote?: string; editorNote?: string };
  reason?: string;
}

export const PROPOSE_RELATION = operation(
  `mutation ProposeRelation($input: ProposeRelationInput!) { proposeRelation(input: $input) { ...ProposalFields } }
${PROPOSAL_FIELDS}`,
  (data: { proposeRelation: ProposalRecord }) => data.proposeRelation,
  (variables) => ({ input: variables }),
);

export const PROPOSE_ENTITY_UPDATE = operation(
  `mutation ProposeEntityUpdate($input: ProposeEntityUpdateInput!) { proposeEntityUpdate(input: $input) { ...ProposalFields } }
${PROPOSAL_FIELDS}`,
  (data: { proposeEntityUpdate: ProposalRecord }) => data.proposeEntityUpdate,
  (variables) => ({ input: variables }),
);

export const PROPOSE_PERIOD_CHANGE = operation(
  `mutation ProposePeriodChange($input: ProposePeriodChangeInput!) { proposePeriodChange(input: $input) { ...ProposalFields } }
${PROPOSAL_FIELDS}`,
  (data: { proposePeriodChange: ProposalRecord }) => data.proposePeriodChange,
  (variables) => ({ input: variables }),
);

export const EDITABLE_ENTITY = operation(
  `query EditableEntity($id: ID!) { entity(id: $id) { id kind name aliases description ... on Project { startDate endDate } ... on Event { startDate endDate } } }`,
  (data: { entity: { id: string; kind: string; name: string; aliases: string[]; description: string | null; startDate?: string | null; endDate?: string | null } | null }): EditableRecord | null =>
    data.entity && {
      id: data.entity.id,
      name: data.entity.name,
      aliases: data.entity.aliases,
      description: data.entity.description,
      startDate: data.entity.startDate ?? null,
      endDate: data.entity.endDate ?? null,
      dated: data.entity.kind === 'PROJECT' || data.entity.kind === 'EVENT',
      named: true,
    },
);

export const EDITABLE_RELATION = operation(
  `query EditableRelation($id: ID!) { relation(id: $id) { id type startDate endDate from { id name } to { id name } } }`,
  (data: { relation: { id: string; type: string; startDate: string | null; endDate: string | null; from: { name: string }; to: { name: string } } | null }): EditableRecord | null =>
    data.relation && {
      id: data.relation.id,
      name: `${data.relation.from.name} ${data.relation.type.toLowerCase().replaceAll('_', ' ')} ${data.relation.to.name}`,
      aliases: [],
      description: null,
      startDate: data.relation.startDate,
      endDate: data.relation.endDate,
      dated: true,
      named: false,
    },
);

export const PROPOSE_RETRACTION = operation(
  `mutation ProposeRetraction($input: ProposeRetractionInput!) { proposeRetraction(input: $input) { ...ProposalFields } }
${PROPOSAL_FIELDS}`,
  (data: { proposeRetraction: ProposalRecord }) => data.proposeRetraction,
  (variables) => ({ input: variables }),
);

export const ACCEPT_PROPOSAL = operation(
  `mutation AcceptProposal($id: ID!, $comment: String) { acceptProposal(id: $id, comment: $comment) { ...ProposalFields } }
${PROPOSAL_FIELDS}`,
  (data: { acceptProposal: ProposalRecord }) => data.acceptProposal,
);

export const REJECT_PROPOSAL = operation(
  `mutation RejectProposal($id: ID!, $comment: String) { rejectProposal(id: $id, comment: $comment) { ...ProposalFields } }
${PROPOSAL_FIELDS}`,
  (data: { rejectProposal: ProposalRecord }) => data.rejectProposal,
);

export interface EditStateRecord {
  id: string;
  version: number | null;
  editable: boolean;
  notEditableBecause: string | null;
  openProposals: number;
}

export const EDIT_STATE = operation(
  `query EditState($id: ID!) { editState(id: $id) { id version editable notEditableBecause openProposals } }`,
  (data: { editState: EditStateRecord | null }) => data.editState,
);

export const QUOTE_CHECK = operation(
  `query QuoteCheck($sourceId: ID!, $quote: String!) { quoteCheck(sourceId: $sourceId, quote: $quote) { found hint } }`,
  (data: { quoteCheck: { found: boolean; hint: string | null } }) => data.quoteCheck,
);

export interface HistoryEvent {
  id: string;
  at: string;
  action: string;
  actorName: string | null;
  reason: string | null;
  changes: PropertyChange[];
}

export const HISTORY = operation(
  `query History($id: ID!) { history(id: $id, first: 50) { nodes { id at action actorName reason changes { name before after } } } }`,
  (data: { history: { nodes: HistoryEvent[] } }) => data.history.nodes,
);
