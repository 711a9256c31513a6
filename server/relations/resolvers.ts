import { NotFoundError } from '../database/errors.js';
import { REFERENCE_RELATION_PROPERTIES, RELATION_PROPERTIES } from '../../model/data-model.js';
import { evidenceOf, type EntityNode, type RelationRecord } from '../entities/graph-records.js';
import { primeEntities } from '../entities/loaders.js';
import type { RequestContext } from '../graphql/context.js';
import { connectionOf, decodeCursor } from '../graphql/cursors.js';
import { checkRange } from '../graphql/limits.js';
import type { Direction } from './loaders.js';
import { relationGroupsOf } from './relation-groups.js';

interface RelationsArguments {
  direction?: Direction | null;
  types?: string[] | null;
  first?: number | null;
  after?: string | null;
}

async function entityOf(id: string, context: RequestContext): Promise<EntityNode> {
  const entity = await context.loaders.entity.load(id);
  // Relations are only stored between entities, so this means the graph changed mid-request.
  if (!entity) throw new NotFoundError('entity', id);
  return entity;
}

/** `Entity.relations` of one entity; the loader batches it with its siblings' into one query. */
async function relationsOf(entity: EntityNode, args: RelationsArguments, context: RequestContext) {
  const first = checkRange('relations', 'first', args.first ?? 50, 1, context.limits.maxPageSize);
  const after = args.after ? decodeCursor('relation', args.after, 'relations') : null;
  const page = await context.loaders.relationsPage.load({
    entityId: entity.id,
    direction: args.direction ?? 'BOTH',
    types: args.types ?? null,
    first,
    after,
  });
  context.loaders.entity.prime(entity.id, entity);
  primeEntities(context.loaders, page.rows.map((row) => row.neighbour));
  return connectionOf('relation', page.rows, { first, after, totalCount: page.totalCount }, (row) => ({
    node: row.relation,
    direction: row.outgoing ? 'OUTGOING' : 'INCOMING',
    neighbour: row.neighbour,
  }));
}

/**
 * `Relation.startDate`, `.title`, `.consentType`…: each fact of the model's lists, and when its
 * dataset stopped stating it, read off the stored relationship (enums in the model's spelling,
 * which the enum resolvers translate).
 */
function relationPropertyResolvers() {
  const names = [...RELATION_PROPERTIES, ...Object.keys(REFERENCE_RELATION_PROPERTIES), 'withdrawnAsOf'];
  return Object.fromEntries(names.map((name) => [name, (relation: RelationRecord) => relation.properties[name] ?? null]));
}

export const relationResolvers = {
  Query: {
    relation: (_: unknown, args: { id: string }, context: RequestContext) => context.loaders.relation.load(args.id),
  },
  Entity: {
    relations: relationsOf,
    relationGroups: relationGroupsOf,
  },
  Relation: {
    from: (relation: RelationRecord, _: unknown, context: RequestContext) => entityOf(relation.from, context),
    to: (relation: RelationRecord, _: unknown, context: RequestContext) => entityOf(relation.to, context),
    ...relationPropertyResolvers(),
    evidence: (relation: RelationRecord) => evidenceOf(relation.properties),
    conflict: (relation: RelationRecord) => relation.properties.conflict ?? null,
    doubt: (relation: RelationRecord) => relation.properties.doubt ?? null,
  },
};
