import { describe, expect, it } from 'vitest';
import { SCRAPE_GARBAGE, loadDataset, type PropertyValue } from '../../seed/validation';

const dataset = loadDataset();
const sourceNoise = dataset.sources.flatMap((source) => source.noise);

function texts(properties: Record<string, PropertyValue>): string[] {
  return Object.values(properties).flatMap((value) =>
    typeof value === 'string' ? [value] : Array.isArray(value) ? value : [],
  );
}

/** Every field an analyst reads as curated text: all but aliases and the verbatim quotes. */
const curatedTexts = [
  ...dataset.entities.map((entity) => ({
    record: entity.id,
    texts: [entity.name, entity.description, entity.doubt ?? '', ...texts(entity.properties)],
  })),
  ...dataset.relations.map((relation) => ({
    record: relation.id,
    texts: [relation.conflict ?? '', relation.doubt ?? '', ...texts(relation.properties)],
  })),
];

describe('scrape noise never becomes a name or a fact', () => {
  it.each(SCRAPE_GARBAGE)('no curated field contains "%s"', (garbage) => {
    const dirty = curatedTexts.filter(({ texts: values }) => values.some((value) => value.includes(garbage)));
    expect(dirty.map(({ record }) => record)).toEqual([]);
  });

  it('no entity name contains a noise string listed in the source metadata', () => {
    const dirty = dataset.entities.filter((entity) => sourceNoise.some((noise) => entity.name.includes(noise)));
    expect(dirty.map((entity) => `${entity.id}: ${entity.name}`)).toEqual([]);
  });

  it('keeps the garbage out of every entity, even as an alias', () => {
    const garbageOnly = ['缅北禁地', 'Theyand', '0.1f&on', 'threats that n'];
    const dirty = dataset.entities.filter((entity) =>
      entity.aliases.some((alias) => garbageOnly.some((garbage) => alias.includes(garbage))),
    );
    expect(dirty.map((entity) => entity.id)).toEqual([]);
  });

  it('lists the known noise of each document in its metadata', () => {
    const noiseOf = new Map(dataset.sources.map((source) => [source.id, source.noise]));
    expect(noiseOf.get('src:000')).toEqual(
      expect.arrayContaining(['United Nations Office on Drugs and Orime', 'Theyand 0.1f&on', 'threats that n']),
    );
    expect(noiseOf.get('src:001')).toContain('缅北禁地');
    expect(noiseOf.get('src:003')).toContain('Kygryz Republic');
    expect(noiseOf.get('src:004')).toContain('缅北禁地');
  });
});
