import { readQuery } from '../../cypher/index.js';
import type { SourceNode } from '../entities/graph-records.js';
import { primeEntities } from '../entities/loaders.js';
import type { RequestContext } from '../graphql/context.js';

const SOURCES = readQuery('sources');

export const sourceResolvers = {
  Query: {
    async sources(_: unknown, __: unknown, context: RequestContext) {
      const sources = (await context.runner.read(SOURCES)).map((row) => row.source as SourceNode);
      for (const source of sources) context.loaders.source.prime(source.id, source);
      return sources;
    },
  },
  Source: {
    async mentions(source: SourceNode, _: unknown, context: RequestContext) {
      const { entities } = await context.loaders.mentions.load(source.id);
      primeEntities(context.loaders, entities);
      return entities;
    },
    mentionedRelations: async (source: SourceNode, _: unknown, context: RequestContext) =>
      (await context.loaders.mentions.load(source.id)).relations,
  },
};
