import { readQuery } from '../../cypher/index.js';
import { BadInputError } from '../database/errors.js';
import type { EntityNode } from '../entities/graph-records.js';
import { primeEntities } from '../entities/loaders.js';
import type { RequestContext } from '../graphql/context.js';
import { connectionOf, decodeOffsetCursor, positioned } from '../graphql/cursors.js';
import { checkRange, FIXED_BOUNDS } from '../graphql/limits.js';
import { luceneQuery } from './lucene-query.js';
import { namesOf } from '../names/entity-names.js';
import { compareHits, matchSpelling } from './matched-alias.js';

const SEARCH = readQuery('search');

interface SearchArguments {
  text: string;
  kinds?: string[] | null;
  first?: number | null;
  after?: string | null;
}

export const searchResolvers = {
  Query: {
    async search(_: unknown, args: SearchArguments, context: RequestContext) {
      const first = checkRange('search', 'first', args.first ?? 10, 1, FIXED_BOUNDS.maxSearchHits);
      if (args.text.length > FIXED_BOUNDS.maxSearchTextLength) {
        throw new BadInputError(`search: text must be at most ${FIXED_BOUNDS.maxSearchTextLength} characters.`);
      }
      const offset = decodeOffsetCursor('search-hit', args.after, 'search');
      const query = luceneQuery(args.text);
      const page = { first, after: args.after ?? null, totalCount: null };
      // The index scores words, not whole spellings: "SCO" scores higher on "SCO RATS EC" than on
      // SCO itself. So take every candidate and put whole-spelling matches first, then prefixes
      // (compareHits).
      if (query === null) return connectionOf('search-hit', [], page, (hit) => ({ node: hit }));
      const rows = await context.runner.read(SEARCH, { query, kinds: args.kinds ?? null, first: FIXED_BOUNDS.maxSearchHits });
      const hits = rows.map((row) => {
        const entity = row.entity as EntityNode;
        return { entity, score: row.score as number, ...matchSpelling(args.text, namesOf(entity)) };
      });
      hits.sort(compareHits);
      // One more than the page, when there is one, says there is a next page.
      const kept = positioned(hits.slice(offset, offset + first + 1), offset);
      primeEntities(context.loaders, kept.map((hit) => hit.entity));
      return connectionOf(
        'search-hit',
        kept,
        page,
        ({ entity, score, matchedName }) => ({ node: { entity, score, matched: matchedName.name, matchedName } }),
        (hit) => hit.position,
      );
    },
  },
};
