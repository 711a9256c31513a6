import { readQuery } from '../../cypher/index.js';
import { BadInputError, NotFoundError } from '../database/errors.js';
import type { RequestContext } from '../graphql/context.js';

const REGION_STATES = readQuery('region-states');

/** More than the 249 ISO 3166-1 codes: a list longer than this is not a set of states. */
export const MAX_STATE_SET = 250;

export interface StateSetArguments {
  stateId?: string | null;
  stateIds?: readonly string[] | null;
  regionId?: string | null;
}

/**
 * The states a query is about, in id order, from at most one of `stateId`, `stateIds` or `regionId`
 * (the states LOCATED_IN the region, directly or through its sub-regions); null when none is
 * given. An id that names no state (or no place, for a region) is NOT_FOUND, so a typo is not
 * mistaken for an empty answer.
 */
export async function stateSet(field: string, args: StateSetArguments, context: RequestContext): Promise<string[] | null> {
  const given = [args.stateId, args.stateIds, args.regionId].filter((value) => value !== null && value !== undefined);
  if (given.length > 1) throw new BadInputError(`${field}: give at most one of stateId, stateIds and regionId.`);
  if (args.regionId) {
    const [row] = await context.runner.read(REGION_STATES, { region: args.regionId });
    if (!row) throw new NotFoundError('region', args.regionId);
    return row.stateIds as string[];
  }
  const ids = args.stateId ? [args.stateId] : args.stateIds ? [...new Set(args.stateIds)].sort() : null;
  if (ids === null) return null;
  if (ids.length === 0 || ids.length > MAX_STATE_SET) {
    throw new BadInputError(`${field}: stateIds must list between 1 and ${MAX_STATE_SET} state ids, got ${ids.length}.`);
  }
  const entities = await context.loaders.entity.loadMany(ids);
  ids.forEach((id, index) => {
    const entity = entities[index];
    if (entity instanceof Error) throw entity;
    if (!entity || entity.kind !== 'State') throw new NotFoundError('state', id);
  });
  return ids;
}
