import { createHash } from 'node:crypto';
import { CURATED_DATASET } from '../../model/data-model.js';
import type { EntityRecord, Evidence, RelationRecord, SourceDocument } from '../validation/index.js';

/** A property map as Neo4j stores it: no nulls (an absent property is simply not set). */
export type GraphProperties = Record<string, string | number | boolean | string[]>;

export interface NodeRow {
  id: string;
  properties: GraphProperties;
}

export interface RelationRow extends NodeRow {
  from: string;
  to: string;
}

/** Aliases joined for the full-text index, which reads string properties. */
export const ALIAS_SEPARATOR = ' | ';

function evidenceProperties(evidence: Evidence[]): GraphProperties {
  // Neo4j properties cannot hold maps, so evidence is stored as two parallel lists.
  return {
    evidenceSources: evidence.map((item) => item.source),
    evidenceQuotes: evidence.map((item) => item.quote),
  };
}

function withoutEmpty(properties: Record<string, unknown>): GraphProperties {
  const result: GraphProperties = {};
  for (const [key, value] of Object.entries(properties)) {
    if (value !== undefined && value !== null) result[key] = value as GraphProperties[string];
  }
  return result;
}

/** Stamps a hash of the content so that a repeated import can tell unchanged records apart. */
function hashed(properties: GraphProperties): GraphProperties {
  const canonical = JSON.stringify(Object.keys(properties).sort().map((key) => [key, properties[key]]));
  return { ...properties, contentHash: createHash('sha256').update(canonical).digest('hex').slice(0, 16) };
}

export function entityRow(entity: EntityRecord): NodeRow {
  return {
    id: entity.id,
    properties: hashed(
      withoutEmpty({
        ...entity.properties,
        id: entity.id,
        kind: entity.kind,
        name: entity.name,
        aliases: entity.aliases,
        aliasText: entity.aliases.join(ALIAS_SEPARATOR),
        description: entity.description,
        doubt: entity.doubt,
        seedFile: entity.file,
        ...evidenceProperties(entity.evidence),
      }),
    ),
  };
}

export function relationRow(relation: RelationRecord): RelationRow {
  return {
    id: relation.id,
    from: relation.from,
    to: relation.to,
    properties: hashed(
      withoutEmpty({
        ...relation.properties,
        id: relation.id,
        dataset: CURATED_DATASET,
        conflict: relation.conflict,
        doubt: relation.doubt,
        seedFile: relation.file,
        ...evidenceProperties(relation.evidence),
      }),
    ),
  };
}

export function sourceRow(source: SourceDocument): NodeRow {
  return {
    id: source.id,
    properties: hashed(
      withoutEmpty({
        id: source.id,
        dataset: CURATED_DATASET,
        file: source.file,
        title: source.title,
        publisher: source.publisher,
        publisherType: source.publisherType,
        date: source.date ?? undefined,
        dateNote: source.dateNote,
        description: source.description,
        url: source.url,
        text: source.text,
      }),
    ),
  };
}
