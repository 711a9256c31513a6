import type { EntityNode } from '../entities/graph-records.js';
import type { RequestContext } from '../graphql/context.js';
import { namesOf, type NameRecord } from './entity-names.js';

export const nameResolvers = {
  Entity: {
    names: (entity: EntityNode) => namesOf(entity),
  },
  Name: {
    async dataset(name: NameRecord, _: unknown, context: RequestContext) {
      const dataset = await context.loaders.dataset.load(name.datasetId);
      if (!dataset) throw new Error(`A name cites the dataset "${name.datasetId}", which the database does not hold (broken import).`);
      return dataset;
    },
  },
};
