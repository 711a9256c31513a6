import { NotFoundError } from '../database/errors.js';
import type { EntityNode, RelationRecord } from '../entities/graph-records.js';
import { primeEntities } from '../entities/loaders.js';
import { checkAsOf } from '../graphql/as-of.js';
import { checkDatasetIds } from '../graphql/dataset-ids.js';
import type { RequestContext } from '../graphql/context.js';
import { checkRange } from '../graphql/limits.js';
import { hopBounds, neighbourhoodQuery, walkTypes } from './neighbourhood-query.js';

interface NeighbourhoodArguments {
  id: string;
  depth?: number | null;
  types?: string[] | null;
  kinds?: string[] | null;
  limit?: number | null;
  asOf?: string | null;
  datasetIds?: string[] | null;
}

export const neighbourhoodResolvers = {
  Query: {
    async neighbourhood(_: unknown, args: NeighbourhoodArguments, context: RequestContext) {
      const { maxNeighbourhoodDepth, maxSubgraphNodes } = context.limits;
      const depth = checkRange('neighbourhood', 'depth', args.depth ?? 1, 1, maxNeighbourhoodDepth);
      const limit = checkRange('neighbourhood', 'limit', args.limit ?? 200, 1, maxSubgraphNodes);
      const kinds = args.kinds ?? null;
      const asOf = checkAsOf('neighbourhood', args.asOf);
      const datasets = checkDatasetIds('neighbourhood', args.datasetIds);
      const walk = walkTypes(args.types ?? null, datasets);
      const [row] = await context.runner.read(neighbourhoodQuery(depth, walk !== null), {
        id: args.id,
        limit,
        types: args.types ?? null,
        walkTypes: walk,
        kinds,
        asOf,
        datasets,
        ...hopBounds(limit, kinds),
      });
      if (!row) throw new NotFoundError('entity', args.id);
      const nodes = row.nodes as EntityNode[];
      // The edges' ends are all among the nodes: priming makes `from` and `to` cost no query.
      primeEntities(context.loaders, nodes);
      return { nodes, edges: row.edges as RelationRecord[], truncated: row.truncated as boolean };
    },
  },
};
