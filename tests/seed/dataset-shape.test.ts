import { describe, expect, it } from 'vitest';
import {
  ENTITY_KINDS,
  REFERENCE_RELATION_TYPES,
  RELATION_TYPES,
  RELATION_TYPE_DEFINITIONS,
  type EntityKind,
} from '../../model/data-model';
import { loadDataset } from '../../seed/validation';

const dataset = loadDataset();

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/** What the five documents support: every named actor, and nothing the texts do not name. */
const EXPECTED_ENTITY_COUNTS: Record<EntityKind, [number, number]> = {
  Organization: [18, 30],
  State: [8, 8],
  Person: [5, 5],
  Instrument: [7, 10],
  Project: [1, 3],
  Event: [3, 3],
  Place: [2, 3],
};

describe('the graph has the shape the documents call for', () => {
  it.each(ENTITY_KINDS)('holds the expected number of %s nodes', (kind) => {
    const [least, most] = EXPECTED_ENTITY_COUNTS[kind];
    const count = countBy(dataset.entities, (entity) => entity.kind).get(kind) ?? 0;
    expect(count).toBeGreaterThanOrEqual(least);
    expect(count).toBeLessThanOrEqual(most);
  });

  it('holds between 120 and 250 relations', () => {
    expect(dataset.relations.length).toBeGreaterThanOrEqual(120);
    expect(dataset.relations.length).toBeLessThanOrEqual(250);
  });

  it('uses every relation type of the model but those only the reference datasets state', () => {
    const used = countBy(dataset.relations, (relation) => relation.type);
    const referenceOnly: readonly string[] = REFERENCE_RELATION_TYPES;
    expect(RELATION_TYPES.filter((type) => !used.has(type) && !referenceOnly.includes(type))).toEqual([]);
    expect(REFERENCE_RELATION_TYPES.filter((type) => used.has(type))).toEqual([]);
  });

  it('joins only the kinds each relation type allows', () => {
    const kindOf = new Map(dataset.entities.map((entity) => [entity.id, entity.kind]));
    const wrong = dataset.relations.filter((relation) => {
      const definition = RELATION_TYPE_DEFINITIONS[relation.type];
      const fromKind = kindOf.get(relation.from);
      const toKind = kindOf.get(relation.to);
      return !fromKind || !toKind || !definition.from.includes(fromKind) || !definition.to.includes(toKind);
    });
    expect(wrong.map((relation) => relation.id)).toEqual([]);
  });

  it('keys every State by "state:" and its ISO 3166-1 alpha-3 code', () => {
    const states = dataset.entities.filter((entity) => entity.kind === 'State');
    for (const state of states) {
      expect(state.id).toMatch(/^state:[A-Z]{3}$/);
      expect(state.id).toBe(`state:${String(state.properties.iso3)}`);
    }
    expect(states.map((state) => state.id).sort()).toEqual(
      ['state:CAN', 'state:KAZ', 'state:KGZ', 'state:RUS', 'state:SAU', 'state:TJK', 'state:TKM', 'state:UZB'],
    );
  });

  it('describes every entity in one sentence', () => {
    const notOneSentence = dataset.entities.filter(
      (entity) => !entity.description.endsWith('.') || /[.;!?]\s+[A-Z]/.test(entity.description),
    );
    expect(notOneSentence.map((entity) => entity.id)).toEqual([]);
  });

  it('gives every conflict the documents on each side', () => {
    for (const relation of dataset.relations.filter((candidate) => candidate.conflict !== undefined)) {
      const citedDocuments = relation.conflict?.match(/\b00[0-4]\b/g) ?? [];
      expect(new Set(citedDocuments).size, relation.id).toBeGreaterThanOrEqual(1);
    }
  });
});
