import { ENTITY_KINDS } from '../../model/data-model.js';
import { NotFoundError } from '../database/errors.js';
import type { RequestContext } from '../graphql/context.js';
import { evidenceOf, relationFacts, type EntityNode, type EvidenceReference, type RelationEdge, type SourceNode } from './graph-records.js';

async function sourceOf(reference: EvidenceReference, context: RequestContext): Promise<SourceNode> {
  const source = await context.loaders.source.load(reference.sourceId);
  if (!source) throw new NotFoundError('source', reference.sourceId);
  return source;
}

async function entityOf(id: string, context: RequestContext): Promise<EntityNode> {
  const entity = await context.loaders.entity.load(id);
  if (!entity) throw new NotFoundError('entity', id);
  return entity;
}

// Fields every kind shares; one generic resolver set serves all seven object types.
const entityFields = {
  aliases: (entity: EntityNode) => entity.aliases ?? [],
  evidence: (entity: EntityNode) => evidenceOf(entity),
};

export const entityResolvers = {
  Query: {
    entity: (_: unknown, args: { id: string }, context: RequestContext) => context.loaders.entity.load(args.id),
  },
  Entity: {
    __resolveType: (entity: EntityNode) => entity.kind,
  },
  ...Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, entityFields])),
  Project: {
    ...entityFields,
    outcomes: (entity: EntityNode) => (entity.outcomes as string[] | undefined) ?? [],
  },
  Relation: {
    from: (edge: RelationEdge, _: unknown, context: RequestContext) => entityOf(edge.from, context),
    to: (edge: RelationEdge, _: unknown, context: RequestContext) => entityOf(edge.to, context),
    properties: (edge: RelationEdge) => relationFacts(edge.properties),
    evidence: (edge: RelationEdge) => evidenceOf(edge.properties),
    conflict: (edge: RelationEdge) => edge.properties.conflict ?? null,
    doubt: (edge: RelationEdge) => edge.properties.doubt ?? null,
  },
  Evidence: {
    source: (reference: EvidenceReference, _: unknown, context: RequestContext) => sourceOf(reference, context),
  },
};
