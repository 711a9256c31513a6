import { afterAll, describe, expect, inject, it } from 'vitest';
import { createTestApi } from '../support/api.js';
import { createTestExecutor } from '../support/database.js';

// The wider nexus: the curated graph with every reference dataset imported.
const executor = createTestExecutor(inject('referenceNeo4jUri'));
const api = createTestApi(executor);
afterAll(() => executor.close());

const SEARCH = `query Search($text: String!, $first: Int) {
  search(text: $text, first: $first) { nodes { matched score
    matchedName { name quality language script originalScript dataset { id } } entity { id kind } } }
}`;

interface Hit {
  matched: string;
  score: number;
  matchedName: { name: string; quality: string; language: string | null; script: string | null; originalScript: boolean; dataset: { id: string } };
  entity: { id: string; kind: string };
}

async function search(text: string, first = 10): Promise<Hit[]> {
  const response = await api.query<{ search: { nodes: Hit[] } }>(SEARCH, { text, first });
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data!.search.nodes;
}

describe('an analyst searches the wider nexus in any script', () => {
  it('finds Kazakhstan by its Russian UN name, and says which name matched, in which language and dataset', async () => {
    const [top] = await search('Казахстан');
    expect(top).toMatchObject({
      entity: { id: 'state:KAZ', kind: 'STATE' },
      matched: 'Казахстан',
      matchedName: { name: 'Казахстан', quality: 'STRONG', language: 'ru', script: 'Cyrl', originalScript: true, dataset: { id: 'dataset:country-codes' } },
    });
  });

  it('finds Kazakhstan by its Arabic UN name and Kyrgyzstan by its French one', async () => {
    expect((await search('كازاخستان'))[0]).toMatchObject({ entity: { id: 'state:KAZ' }, matchedName: { language: 'ar', script: 'Arab' } });
    expect((await search('Kirghizistan'))[0]).toMatchObject({ entity: { id: 'state:KGZ' }, matched: 'Kirghizistan', matchedName: { language: 'fr' } });
  });

  it('finds a listed person by the original-script (Arabic) name the UN list gives', async () => {
    const [top] = await search('صدام حسين التكريتي');
    expect(top).toMatchObject({
      entity: { id: 'person:un-iqi-001', kind: 'PERSON' },
      matchedName: { name: 'صدام حسين التكريتي', script: 'Arab', originalScript: true, dataset: { id: 'dataset:un-sc-consolidated' } },
    });
  });

  it('finds a listed person by a Cyrillic spelling of the Latin name the list gives (names folded to ASCII)', async () => {
    // "Халимов" folds to "halimov", a transliteration of KHALIMOV.
    const [top] = await search('Халимов');
    expect(top).toMatchObject({ entity: { id: 'person:un-qdi-372' }, matched: 'GULMUROD KHALIMOV' });
  });

  it('matches a spelling whole whatever its accents: "Kazajstan" is the Spanish "Kazajstán"', async () => {
    expect((await search('Kazajstan'))[0]).toMatchObject({ entity: { id: 'state:KAZ' }, matched: 'Kazajstán', matchedName: { language: 'es' } });
  });

  it('ranks a weak alias (the list\'s "Low" quality) below a strong name that matches as well', async () => {
    // "Abu Akram" is a strong alias of QDi.198 and a weak one of QDi.276, whose short list of
    // names would score higher in the index were weak names not weighed down.
    const hits = await search('Abu Akram');
    const ids = hits.map((hit) => hit.entity.id);
    expect(ids.slice(0, 2)).toEqual(['person:un-qdi-198', 'person:un-qdi-276']);
    expect(hits[0]!.matchedName).toMatchObject({ name: 'Abu Akram', quality: 'STRONG' });
    expect(hits[1]!.matchedName).toMatchObject({ name: 'Abu Akram', quality: 'WEAK' });
    // "Israel" is a state's name and a weak alias of a listed person.
    const israel = await search('Israel');
    expect(israel[0]!.entity.id).toBe('state:ISR');
    const person = israel.findIndex((hit) => hit.entity.id === 'person:un-cdi-024');
    expect(person).toBeGreaterThan(0);
    expect(israel[person]!.matchedName).toMatchObject({ name: 'Israel', quality: 'WEAK' });
  });

  it('shows the name a fuzzy hit matched, not merely the shortest', async () => {
    // QDi.245 is found for "Israel" through "Ismael" (two edits), one of its names.
    const hit = (await search('Israel', 20)).find((candidate) => candidate.entity.id === 'person:un-qdi-245');
    expect(hit?.matched).toMatch(/^Ismael/);
  });
});
