import { expandForEach, readQuery } from '../../cypher/index.js';
import { ENTITY_KINDS, RELATION_TYPES } from '../../model/data-model.js';
import type { RequestContext } from '../graphql/context.js';

export const STATS = expandForEach(expandForEach(readQuery('stats'), 'ENTITY_KIND', ENTITY_KINDS), 'RELATION_TYPE', RELATION_TYPES);

/** Counts for every value of the model, zero where the graph has none, in model order. */
function countsFor<Key extends string>(keys: readonly Key[], rows: { key: string; count: number }[]): { key: Key; count: number }[] {
  const found = new Map(rows.map((row) => [row.key, row.count]));
  return keys.map((key) => ({ key, count: found.get(key) ?? 0 }));
}

export const statsResolvers = {
  Query: {
    async stats(_: unknown, __: unknown, context: RequestContext) {
      const [row] = await context.runner.read(STATS);
      const kinds = (row?.byKind ?? []) as { kind: string; count: number }[];
      const types = (row?.byRelationType ?? []) as { type: string; count: number }[];
      const byKind = countsFor(ENTITY_KINDS, kinds.map(({ kind, count }) => ({ key: kind, count })));
      const byRelationType = countsFor(RELATION_TYPES, types.map(({ type, count }) => ({ key: type, count })));
      return {
        entities: byKind.reduce((sum, { count }) => sum + count, 0),
        relations: byRelationType.reduce((sum, { count }) => sum + count, 0),
        sources: (row?.sources ?? 0) as number,
        byKind: byKind.map(({ key, count }) => ({ kind: key, count })),
        byRelationType: byRelationType.map(({ key, count }) => ({ type: key, count })),
      };
    },
  },
};
