import { findGarbage, findNoiseInName } from './scrape-noise';
import type { SeedIssue } from './seed-issues';
import type { EntityRecord, PropertyValue, RelationRecord, SourceDocument } from './types';

function propertyTexts(properties: Record<string, PropertyValue>): [string, string][] {
  return Object.entries(properties).flatMap(([field, value]): [string, string][] => {
    if (typeof value === 'string') return [[field, value]];
    if (Array.isArray(value)) return value.map((item, index): [string, string] => [`${field}[${index}]`, item]);
    return [];
  });
}

function reportGarbage(
  location: { file: string; record: string },
  fields: [string, string | undefined][],
  issues: SeedIssue[],
): void {
  for (const [field, value] of fields) {
    const garbage = value === undefined ? undefined : findGarbage(value);
    if (garbage !== undefined) issues.push({ ...location, field, reason: `contains scrape noise "${garbage}"` });
  }
}

/**
 * Names and free text stay clean of scrape noise; only aliases (so search finds a misspelling) and
 * evidence quotes (copied byte for byte) may carry it.
 */
export function checkNoise(
  entities: readonly EntityRecord[],
  relations: readonly RelationRecord[],
  sources: readonly SourceDocument[],
  issues: SeedIssue[],
): void {
  for (const entity of entities) {
    const location = { file: entity.file, record: entity.id };
    const noise = findNoiseInName(entity.name, sources);
    if (noise !== undefined) issues.push({ ...location, field: 'name', reason: `contains scrape noise "${noise}"` });
    reportGarbage(
      location,
      [['description', entity.description], ['doubt', entity.doubt], ...propertyTexts(entity.properties)],
      issues,
    );
  }
  for (const relation of relations) {
    reportGarbage(
      { file: relation.file, record: relation.id },
      [['conflict', relation.conflict], ['doubt', relation.doubt], ...propertyTexts(relation.properties)],
      issues,
    );
  }
}

/** A spelling (name or alias, ignoring case) must lead a search to one entity only. */
export function checkAmbiguousSpellings(entities: readonly EntityRecord[], issues: SeedIssue[]): void {
  const owner = new Map<string, string>();
  for (const entity of entities) {
    const spellings = new Set([entity.name, ...entity.aliases].map((spelling) => spelling.toLowerCase()));
    for (const spelling of spellings) {
      const other = owner.get(spelling);
      if (other === undefined) {
        owner.set(spelling, entity.id);
      } else if (other !== entity.id) {
        issues.push({
          file: entity.file,
          record: entity.id,
          field: spelling === entity.name.toLowerCase() ? 'name' : 'aliases',
          reason: `"${spelling}" also names ${other}; a search for it must find one entity`,
        });
      }
    }
  }
}
