import { readQuery } from '../../cypher/index.js';
import { BadInputError, NotFoundError } from '../database/errors.js';
import type { EntityNode, RelationEdge } from '../entities/graph-records.js';
import type { RequestContext } from '../graphql/context.js';

const NEIGHBOURHOOD = readQuery('neighbourhood');
export const MAX_DEPTH = 3;
export const MAX_NODES = 500;

interface NeighbourhoodArguments {
  id: string;
  depth?: number | null;
  types?: string[] | null;
  kinds?: string[] | null;
  limit?: number | null;
}

export const neighbourhoodResolvers = {
  Query: {
    async neighbourhood(_: unknown, args: NeighbourhoodArguments, context: RequestContext) {
      const depth = args.depth ?? 1;
      const limit = args.limit ?? 200;
      if (depth < 1 || depth > MAX_DEPTH) throw new BadInputError(`neighbourhood: depth must be between 1 and ${MAX_DEPTH}.`);
      if (limit < 1 || limit > MAX_NODES) throw new BadInputError(`neighbourhood: limit must be between 1 and ${MAX_NODES}.`);
      const rows = await context.runner.read(NEIGHBOURHOOD, {
        id: args.id,
        depth,
        limit,
        types: args.types ?? null,
        kinds: args.kinds ?? null,
      });
      const row = rows[0];
      if (!row) throw new NotFoundError('entity', args.id);
      const nodes = row.nodes as EntityNode[];
      // The edges' ends are all among the nodes: prime the loader so they cost no query.
      for (const node of nodes) context.loaders.entity.prime(node.id, node);
      return { nodes, edges: row.edges as RelationEdge[], truncated: row.truncated as boolean };
    },
  },
};
