import { readQuery } from '../../cypher/index.js';
import { BadInputError } from '../database/errors.js';
import type { EntityNode } from '../entities/graph-records.js';
import type { RequestContext } from '../graphql/context.js';
import { luceneQuery } from './lucene-query.js';
import { matchedAlias } from './matched-alias.js';

const SEARCH = readQuery('search');
const MAX_HITS = 50;

interface SearchArguments {
  text: string;
  kinds?: string[] | null;
  first?: number | null;
}

export const searchResolvers = {
  Query: {
    async search(_: unknown, args: SearchArguments, context: RequestContext) {
      const first = args.first ?? 10;
      if (first < 1 || first > MAX_HITS) throw new BadInputError(`search: first must be between 1 and ${MAX_HITS}.`);
      if (args.text.length > 200) throw new BadInputError('search: text must be at most 200 characters.');
      const query = luceneQuery(args.text);
      if (query === null) return [];
      const rows = await context.runner.read(SEARCH, { query, kinds: args.kinds ?? null, first });
      return rows.map((row) => {
        const entity = row.entity as EntityNode;
        context.loaders.entity.prime(entity.id, entity);
        return { entity, score: row.score as number, matched: matchedAlias(args.text, entity.name, entity.aliases ?? []) };
      });
    },
  },
};
