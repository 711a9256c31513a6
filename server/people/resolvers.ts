import type { EntityNode } from '../entities/graph-records.js';
import { evidenceOf } from '../entities/graph-records.js';
import { primeEntities } from '../entities/loaders.js';
import type { RequestContext } from '../graphql/context.js';

export const peopleResolvers = {
  Person: {
    /** The person's HOLDS_POSITION relations, batched with every other person's on the same level. */
    async positions(person: EntityNode, _: unknown, context: RequestContext) {
      const page = await context.loaders.relationsPage.load({
        entityId: person.id,
        direction: 'OUTGOING',
        types: ['HOLDS_POSITION'],
        first: context.limits.maxPageSize,
        after: null,
      });
      const rows = page.rows.slice(0, context.limits.maxPageSize);
      primeEntities(context.loaders, rows.map((row) => row.neighbour));
      return rows.map(({ relation, neighbour }) => ({
        title: relation.properties.title ?? null,
        at: neighbour,
        startDate: relation.properties.startDate ?? null,
        endDate: relation.properties.endDate ?? null,
        evidence: evidenceOf(relation.properties),
        relation,
      }));
    },
  },
};
