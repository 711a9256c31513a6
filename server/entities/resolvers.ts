import { expandForEach, readQuery } from '../../cypher/index.js';
import { ENTITY_KINDS } from '../../model/data-model.js';
import type { RequestContext } from '../graphql/context.js';
import { connectionOf, decodeCursor } from '../graphql/cursors.js';
import { checkRange } from '../graphql/limits.js';
import { evidenceOf, type EntityNode, type EvidenceReference, type SourceNode } from './graph-records.js';
import { doubtOf } from './doubt.js';
import { primeEntities } from './loaders.js';
import { strongAliasesOf } from '../names/entity-names.js';

export const ENTITIES_PAGE = expandForEach(readQuery('entities-page'), 'ENTITY_KIND', ENTITY_KINDS);

interface EntitiesArguments {
  kinds?: string[] | null;
  first?: number | null;
  after?: string | null;
}

async function sourceOf(reference: EvidenceReference, context: RequestContext): Promise<SourceNode> {
  const source = await context.loaders.source.load(reference.sourceId);
  // The seed validator refuses evidence citing an unknown source, so this is a broken import: a
  // fault of ours (masked as INTERNAL_SERVER_ERROR, logged with the request id), not a NOT_FOUND
  // that would tell the client its own request named something that does not exist.
  if (!source) throw new Error(`Evidence cites the source "${reference.sourceId}", which the database does not hold (broken import).`);
  return source;
}

export const entityResolvers = {
  Query: {
    entity: (_: unknown, args: { id: string }, context: RequestContext) => context.loaders.entity.load(args.id),

    async entities(_: unknown, args: EntitiesArguments, context: RequestContext) {
      const first = checkRange('entities', 'first', args.first ?? 20, 1, context.limits.maxPageSize);
      const after = args.after ? decodeCursor('entity', args.after, 'entities') : null;
      const [row] = await context.runner.read(ENTITIES_PAGE, { kinds: args.kinds ?? null, first, after: after ?? '' });
      const page = (row?.page ?? []) as EntityNode[];
      primeEntities(context.loaders, page);
      return connectionOf('entity', page, { first, after, totalCount: (row?.totalCount ?? 0) as number }, (entity) => ({
        node: entity,
      }));
    },
  },
  // One generic set for all seven kinds (the schema inherits interface resolvers).
  Entity: {
    __resolveType: (entity: EntityNode) => entity.kind,
    aliases: (entity: EntityNode) => strongAliasesOf(entity),
    evidence: (entity: EntityNode) => evidenceOf(entity),
    doubt: (entity: EntityNode) => doubtOf(entity),
  },
  Project: {
    outcomes: (entity: EntityNode) => (entity.outcomes as string[] | undefined) ?? [],
  },
  Evidence: {
    source: (reference: EvidenceReference, _: unknown, context: RequestContext) => sourceOf(reference, context),
  },
};
