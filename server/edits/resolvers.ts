import { graphqlEnumValue } from '../../model/data-model.js';
import { UnauthenticatedError } from '../database/errors.js';
import type { RequestContext } from '../graphql/context.js';
import type { Change } from './drafts.js';
import * as mutations from './mutations.js';
import { review, type Acting } from './proposals.js';
import type { ProposalRecord } from './proposal-records.js';
import { editState, proposalsPage, quoteCheck, type ProposalsArguments } from './queue.js';
import { registerSource, type RegisterSourceInput } from './sources.js';

/** Who acts: the role guard has let only a signed-in user with the field's role through. */
function acting(context: RequestContext): Acting {
  if (!context.viewer) throw new UnauthenticatedError();
  return { viewer: context.viewer, origin: context.origin };
}

/** A field's value as PropertyChange shows it: lists joined by ' | ' (as the aliases' search text is). */
export function shownValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return Array.isArray(value) ? value.map(String).join(' | ') : String(value);
}

type Input<T = Record<string, unknown>> = { input: T };
type ById = { id: string; comment?: string | null };

const account = (user: { id: string; name: string; role: string }) => ({ id: user.id, name: user.name, role: graphqlEnumValue(user.role) });

export const editResolvers = {
  Query: {
    proposals: (_: unknown, args: ProposalsArguments, context: RequestContext) => proposalsPage(context.runner, context.limits, args),
    editState: (_: unknown, args: { id: string }, context: RequestContext) => editState(context.runner, args.id),
    quoteCheck: (_: unknown, args: { sourceId: string; quote: string }, context: RequestContext) => quoteCheck(context.runner, args.sourceId, args.quote),
  },
  Mutation: {
    registerSource: (_: unknown, { input }: Input<RegisterSourceInput>, context: RequestContext) => registerSource(context.runner, acting(context), input),
    proposeEntity: (_: unknown, { input }: Input, context: RequestContext) => mutations.proposeEntity(context.runner, acting(context), input),
    proposeEntityUpdate: (_: unknown, { input }: Input<{ id: string; version: number }>, context: RequestContext) =>
      mutations.proposeEntityUpdate(context.runner, acting(context), input),
    proposeRelation: (_: unknown, { input }: Input<{ type: string; from: string; to: string }>, context: RequestContext) =>
      mutations.proposeRelation(context.runner, acting(context), input),
    proposePeriodChange: (_: unknown, { input }: Input<{ id: string; version: number }>, context: RequestContext) =>
      mutations.proposePeriodChange(context.runner, acting(context), input),
    proposeRetraction: (_: unknown, { input }: Input<{ id: string; version: number; reason: string }>, context: RequestContext) =>
      mutations.proposeRetraction(context.runner, acting(context), input),
    withdrawProposal: (_: unknown, { id }: ById, context: RequestContext) => review(context.runner, acting(context), id, 'WITHDRAWN', null),
    acceptProposal: (_: unknown, { id, comment }: ById, context: RequestContext) => review(context.runner, acting(context), id, 'ACCEPTED', comment?.trim() || null),
    rejectProposal: (_: unknown, { id, comment }: ById, context: RequestContext) => review(context.runner, acting(context), id, 'REJECTED', comment?.trim() || null),
  },
  Proposal: {
    changes: (proposal: ProposalRecord) => proposal.changes.map((change: Change) => ({ name: change.name, before: shownValue(change.before), after: shownValue(change.after) })),
    evidence: async (proposal: ProposalRecord, _: unknown, context: RequestContext) => ({
      source: proposal.evidence.sourceId ? await context.loaders.source.load(proposal.evidence.sourceId) : null,
      quote: proposal.evidence.quote,
      editorNote: proposal.evidence.editorNote,
    }),
    proposedBy: (proposal: ProposalRecord) => account(proposal.proposedBy),
    reviewedBy: (proposal: ProposalRecord) => (proposal.reviewedBy ? account(proposal.reviewedBy) : null),
  },
};
