import { readQuery } from '../../cypher/index.js';
import { BadInputError, NotFoundError } from '../database/errors.js';
import type { EntityNode, RelationRecord } from '../entities/graph-records.js';
import { primeEntities } from '../entities/loaders.js';
import type { RequestContext } from '../graphql/context.js';
import { checkRange, FIXED_BOUNDS } from '../graphql/limits.js';

const PATHS = readQuery('paths');

/** One query text per route length 1-6 (a whitelist): the pattern's upper bound cannot be a parameter. */
export const PATHS_BY_LENGTH = new Map(
  Array.from({ length: FIXED_BOUNDS.maxPathLength }, (_, index) => [index + 1, PATHS.replace('{1,MAX_LENGTH}', `{1,${index + 1}}`)]),
);

interface PathsArguments {
  fromId: string;
  toId: string;
  maxLength?: number | null;
  first?: number | null;
  types?: string[] | null;
}

interface Route {
  nodes: EntityNode[];
  edges: RelationRecord[];
}

export const pathResolvers = {
  Query: {
    async paths(_: unknown, args: PathsArguments, context: RequestContext) {
      const maxLength = checkRange('paths', 'maxLength', args.maxLength ?? 6, 1, FIXED_BOUNDS.maxPathLength);
      const first = checkRange('paths', 'first', args.first ?? 5, 1, FIXED_BOUNDS.maxPaths);
      if (args.fromId === args.toId) throw new BadInputError('paths: fromId and toId are the same entity; give two different ones.');
      const [row] = await context.runner.read(PATHS_BY_LENGTH.get(maxLength)!, {
        fromId: args.fromId,
        toId: args.toId,
        first,
        types: args.types ?? null,
      });
      if (!row?.fromFound) throw new NotFoundError('entity', args.fromId);
      if (!row.toFound) throw new NotFoundError('entity', args.toId);
      return (row.routes as Route[]).map((route) => {
        primeEntities(context.loaders, route.nodes);
        return { nodes: route.nodes, edges: route.edges, length: route.nodes.length - 1 };
      });
    },
  },
};
