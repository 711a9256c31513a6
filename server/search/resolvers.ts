import { readQuery } from '../../cypher/index.js';
import { BadInputError } from '../database/errors.js';
import type { EntityNode } from '../entities/graph-records.js';
import { primeEntities } from '../entities/loaders.js';
import type { RequestContext } from '../graphql/context.js';
import { checkRange, FIXED_BOUNDS } from '../graphql/limits.js';
import { luceneQuery } from './lucene-query.js';
import { matchSpelling } from './matched-alias.js';

const SEARCH = readQuery('search');

interface SearchArguments {
  text: string;
  kinds?: string[] | null;
  first?: number | null;
}

export const searchResolvers = {
  Query: {
    async search(_: unknown, args: SearchArguments, context: RequestContext) {
      const first = checkRange('search', 'first', args.first ?? 10, 1, FIXED_BOUNDS.maxSearchHits);
      if (args.text.length > FIXED_BOUNDS.maxSearchTextLength) {
        throw new BadInputError(`search: text must be at most ${FIXED_BOUNDS.maxSearchTextLength} characters.`);
      }
      const query = luceneQuery(args.text);
      if (query === null) return [];
      // The index scores words, not whole spellings: "SCO" scores higher on "SCO RATS EC" than on
      // SCO itself. So take every candidate and put whole-spelling matches first, then prefixes.
      const rows = await context.runner.read(SEARCH, { query, kinds: args.kinds ?? null, first: FIXED_BOUNDS.maxSearchHits });
      const hits = rows.map((row) => {
        const entity = row.entity as EntityNode;
        return { entity, score: row.score as number, ...matchSpelling(args.text, entity.name, entity.aliases ?? []) };
      });
      hits.sort((a, b) => b.exactness - a.exactness || b.score - a.score);
      const kept = hits.slice(0, first);
      primeEntities(context.loaders, kept.map((hit) => hit.entity));
      return kept.map(({ entity, score, matched }) => ({ entity, score, matched }));
    },
  },
};
