import { readQuery } from '../../cypher/index.js';
import type { EntityNode, RelationRecord, SourceNode } from '../entities/graph-records.js';
import { primeEntities } from '../entities/loaders.js';
import type { RequestContext } from '../graphql/context.js';
import { connectionOf, decodeOffsetCursor, positioned } from '../graphql/cursors.js';
import { checkRange } from '../graphql/limits.js';

const SOURCES = readQuery('sources');

interface PageArguments {
  first?: number | null;
  after?: string | null;
}

function mentionsPage(field: string, args: PageArguments, context: RequestContext): { first: number; offset: number } {
  const first = checkRange(field, 'first', args.first ?? 50, 1, context.limits.maxPageSize);
  return { first, offset: decodeOffsetCursor('mention', args.after, field) };
}

/** A page of mentions (first + 1 rows at most) as a connection, cursors by position. */
function mentionsConnection<Node>(rows: readonly Node[], page: { first: number; offset: number }) {
  return connectionOf(
    'mention',
    positioned(rows.map((node) => ({ node })), page.offset),
    { first: page.first, after: page.offset > 0 ? String(page.offset) : null, totalCount: null },
    ({ node }) => ({ node }),
    (row) => row.position,
  );
}

export const sourceResolvers = {
  Query: {
    async sources(_: unknown, __: unknown, context: RequestContext) {
      const sources = (await context.runner.read(SOURCES)).map((row) => row.source as SourceNode);
      for (const source of sources) context.loaders.source.prime(source.id, source);
      return sources;
    },
  },
  Source: {
    async mentions(source: SourceNode, args: PageArguments, context: RequestContext) {
      const page = mentionsPage('mentions', args, context);
      const entities = (await context.loaders.mentions.load({ sourceId: source.id, what: 'entities', ...page })) as EntityNode[];
      primeEntities(context.loaders, entities);
      return mentionsConnection(entities, page);
    },
    async mentionedRelations(source: SourceNode, args: PageArguments, context: RequestContext) {
      const page = mentionsPage('mentionedRelations', args, context);
      const relations = (await context.loaders.mentions.load({ sourceId: source.id, what: 'relations', ...page })) as RelationRecord[];
      return mentionsConnection(relations, page);
    },
  },
};
