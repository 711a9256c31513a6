import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../seed/validation/index.js';
import { createTestApi } from '../support/api.js';
import { createTestExecutor } from '../support/database.js';

const executor = createTestExecutor();
const api = createTestApi(executor);
afterAll(() => executor.close());

const SEARCH = `query Search($text: String!, $kinds: [EntityKind!], $first: Int) {
  search(text: $text, kinds: $kinds, first: $first) { nodes { matched score entity { id kind name } } }
}`;

interface Hit {
  matched: string;
  score: number;
  entity: { id: string; kind: string; name: string };
}

async function search(text: string, options: { kinds?: string[]; first?: number } = {}): Promise<Hit[]> {
  const response = await api.query<{ search: { nodes: Hit[] } }>(SEARCH, { text, ...options });
  expect(response.errors).toBeUndefined();
  return response.data!.search.nodes;
}

// Every spelling the curated data records, typos included: the seed files are the fixture.
const SPELLINGS = loadDataset().entities.flatMap((entity) =>
  [entity.name, ...entity.aliases].map((spelling) => [spelling, entity.id] as const),
);

describe('an analyst searches for an actor by any spelling the documents use', () => {
  it.each(SPELLINGS)('finds "%s" as %s, first, and shows that spelling as matched', async (spelling, id) => {
    const [top] = await search(spelling);
    expect(top?.entity.id).toBe(id);
    expect(top?.matched).toBe(spelling);
  });

  it('finds actors by the start of a name or acronym (prefix)', async () => {
    expect((await search('Kazak'))[0]).toMatchObject({ matched: 'Kazakhstan', entity: { id: 'state:KAZ' } });
    const acronyms = await search('unod', { first: 2 });
    expect(acronyms.map((hit) => hit.matched).sort()).toEqual(['UNODA', 'UNODC']);
  });

  it('finds a state through a misspelling the sources do not make (fuzzy)', async () => {
    expect((await search('Kyrgystan'))[0]?.entity.id).toBe('state:KGZ');
    expect((await search('Voronkof'))[0]).toMatchObject({ matched: 'Voronkov', entity: { id: 'person:vladimir-voronkov' } });
  });

  it('finds a person by a Cyrillic spelling of the Latin name (the text folded to ASCII)', async () => {
    expect((await search('Воронков'))[0]).toMatchObject({ matched: 'Voronkov', entity: { id: 'person:vladimir-voronkov' } });
  });

  it('whatever the letter case', async () => {
    expect((await search('interpol'))[0]?.entity.id).toBe('org:interpol');
    expect((await search('uncct'))[0]).toMatchObject({ matched: 'UNCCT', entity: { id: 'org:uncct' } });
  });

  it('ranks hits best first, and gives scores from the full-text index', async () => {
    const hits = await search('counter terrorism', { first: 10 });
    expect(hits.length).toBeGreaterThan(3);
    for (const hit of hits) expect(hit.score).toBeGreaterThan(0);
    expect(hits.map((hit) => hit.entity.id)).toContain('org:uncct');
  });

  it('keeps to the kinds asked for', async () => {
    const hits = await search('United Nations', { kinds: ['INSTRUMENT'] });
    expect(hits.length).toBeGreaterThan(0);
    expect(new Set(hits.map((hit) => hit.entity.kind))).toEqual(new Set(['INSTRUMENT']));
  });

  it('returns at most `first` hits', async () => {
    expect(await search('nations', { first: 2 })).toHaveLength(2);
  });

  it('treats Lucene syntax as plain text, and finds nothing in punctuation alone', async () => {
    expect((await search('UNODC~ OR *:*'))[0]?.entity.id).toBe('org:unodc');
    expect(await search('"*?~')).toEqual([]);
  });

  it('pages through the hits for a common word, each hit once, best first', async () => {
    const whole = (await search('nations', { first: 12 })).map((hit) => hit.entity.id);
    const paged: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 12; pages += 1) {
      const response: { data?: { search: { nodes: Hit[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } } = await api.query(
        `query Page($after: String) { search(text: "nations", first: 3, after: $after) { nodes { matched score entity { id kind name } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      paged.push(...response.data!.search.nodes.map((hit) => hit.entity.id));
      if (!response.data!.search.pageInfo.hasNextPage || paged.length >= whole.length) break;
      after = response.data!.search.pageInfo.endCursor;
    }
    expect(paged.slice(0, whole.length)).toEqual(whole);
  });
});
