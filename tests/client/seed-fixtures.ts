import { loadDataset } from '../../seed/validation/index.js';
import { RELATION_PROPERTIES, type EntityKind, type RelationType } from '../../client/src/core/model/index.js';
import type { EntitySummary, RelationSummary } from '../../client/src/core/graph/index.js';

/**
 * The curated seed dataset in the shapes the explorer receives from the API, so that the core's
 * transforms are tested on the real graph rather than on made-up names.
 */
const dataset = loadDataset();
const sourceTitles = new Map(dataset.sources.map((source) => [source.id, source.title]));

export const SEED_ENTITIES: EntitySummary[] = dataset.entities.map((entity) => ({
  id: entity.id,
  kind: entity.kind,
  name: entity.name,
  aliases: entity.aliases,
  description: entity.description,
  doubt: entity.doubt ?? null,
  startDate: typeof entity.properties.startDate === 'string' ? entity.properties.startDate : null,
  endDate: typeof entity.properties.endDate === 'string' ? entity.properties.endDate : null,
}));

export const SEED_RELATIONS: RelationSummary[] = dataset.relations.map((relation) => ({
  id: relation.id,
  type: relation.type,
  from: { id: relation.from },
  to: { id: relation.to },
  ...Object.fromEntries(RELATION_PROPERTIES.map((name) => [name, typeof relation.properties[name] === 'string' ? relation.properties[name] : null])),
  conflict: relation.conflict ?? null,
  doubt: relation.doubt ?? null,
  evidence: relation.evidence.map((item) => ({ quote: item.quote, source: { id: item.source, title: sourceTitles.get(item.source) ?? item.source } })),
}));

export const SEED_SOURCES = dataset.sources;

/** Every quote of the dataset, with the record it supports and the source it is copied from. */
export const SEED_EVIDENCE = [...dataset.entities, ...dataset.relations].flatMap((record) =>
  record.evidence.map((item) => ({ record: record.id, quote: item.quote, source: item.source })),
);

export function seedEntity(id: string): EntitySummary {
  const entity = SEED_ENTITIES.find((candidate) => candidate.id === id);
  if (!entity) throw new Error(`no seed entity ${id}`);
  return entity;
}

export function seedRelation(type: RelationType, from: string, to: string): RelationSummary {
  const relation = SEED_RELATIONS.find((candidate) => candidate.type === type && candidate.from.id === from && candidate.to.id === to);
  if (!relation) throw new Error(`no seed relation ${type} ${from} → ${to}`);
  return relation;
}

/** A made-up entity for edge cases the dataset does not have. */
export function entity(id: string, name: string, kind: EntityKind = 'Organization', extra: Partial<EntitySummary> = {}): EntitySummary {
  return { id, kind, name, aliases: [], ...extra };
}

/** A made-up relation for edge cases the dataset does not have. */
export function relation(type: RelationType, from: string, to: string, extra: Partial<RelationSummary> = {}): RelationSummary {
  return { id: `${type}:${from}->${to}`, type, from: { id: from }, to: { id: to }, evidence: [], ...extra };
}
