import { afterAll, describe, expect, it } from 'vitest';
import { ENTITY_KINDS, graphqlEnumValue, RELATION_TYPES } from '../../model/data-model.js';
import { createTestApi } from '../support/api.js';
import { createTestExecutor, graphCounts } from '../support/database.js';

const executor = createTestExecutor();
const api = createTestApi(executor);
afterAll(() => executor.close());

describe('an analyst checks what the graph is built from', () => {
  it('lists the five source documents in id order, with their full text', async () => {
    const response = await api.query<{ sources: any[] }>('{ sources { id title publisher publisherType date text } }');
    const sources = response.data!.sources;
    expect(sources.map((source) => source.id)).toEqual(['src:000', 'src:001', 'src:002', 'src:003', 'src:004']);
    for (const source of sources) {
      expect(source.title.length).toBeGreaterThan(0);
      expect(source.text.length).toBeGreaterThan(1000);
    }
    expect(sources[3]).toMatchObject({ date: '2020-02-20', publisherType: 'REGIONAL_ORGANISATION' });
    expect(sources[0]).toMatchObject({ publisherType: 'UN_BODY' });
  });

  it('sees which entities and relations each document is evidence for', async () => {
    const response = await api.query<{ sources: any[] }>(
      '{ sources { id mentions(first: 100) { pageInfo { hasNextPage } nodes { id evidence { source { id } } } } mentionedRelations(first: 100) { pageInfo { hasNextPage } nodes { id evidence { source { id } } } } } }',
    );
    for (const source of response.data!.sources) {
      expect(source.mentions.nodes.length).toBeGreaterThan(0);
      expect([source.mentions.pageInfo.hasNextPage, source.mentionedRelations.pageInfo.hasNextPage]).toEqual([false, false]);
      for (const mentioned of [...source.mentions.nodes, ...source.mentionedRelations.nodes]) {
        expect(mentioned.evidence.map((evidence: any) => evidence.source.id)).toContain(source.id);
      }
    }
    const course = response.data!.sources.find((source) => source.id === 'src:004');
    expect(course.mentions.nodes.map((entity: any) => entity.id)).toContain('person:steven-siqueira');
  });

  it("pages through a source's mentions: each entity once, exactly those that cite it", async () => {
    const cited = async (after: string | null) =>
      (await api.query<{ sources: any[] }>('query($after: String) { sources { id mentions(first: 4, after: $after) { pageInfo { hasNextPage endCursor } nodes { id evidence { source { id } } } } } }', { after }))
        .data!.sources.find((source) => source.id === 'src:002').mentions;
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 30; pages += 1) {
      const page = await cited(after);
      seen.push(...page.nodes.map((entity: any) => entity.id));
      for (const entity of page.nodes) expect(entity.evidence.map((evidence: any) => evidence.source.id)).toContain('src:002');
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const expected = await executor.read("MATCH (entity:Entity) WHERE 'src:002' IN entity.evidenceSources RETURN entity.id AS id");
    expect(seen.sort()).toEqual(expected.map((row) => row.id as string).sort());
    expect(seen.length).toBeGreaterThan(4);
  });

  it('counts entities by kind and relations by type, as the database holds them', async () => {
    const response = await api.query<{ stats: any }>(
      '{ stats { entities relations sources byKind { kind count } byRelationType { type count } } }',
    );
    const stats = response.data!.stats;
    const counts = await graphCounts(executor);
    expect(stats.byKind.map((entry: any) => entry.kind)).toEqual(ENTITY_KINDS.map(graphqlEnumValue));
    expect(stats.byRelationType.map((entry: any) => entry.type)).toEqual([...RELATION_TYPES]);
    ENTITY_KINDS.forEach((kind, index) => expect(stats.byKind[index].count, kind).toBe(counts.nodes[kind] ?? 0));
    for (const { type, count } of stats.byRelationType) expect(count).toBe(counts.relations[type] ?? 0);
    expect(stats.sources).toBe(counts.nodes.Source);
    expect(stats.entities).toBe(ENTITY_KINDS.reduce((sum, kind) => sum + (counts.nodes[kind] ?? 0), 0));
    expect(stats.relations).toBe(Object.values(counts.relations).reduce((sum, count) => sum + count, 0));
  });
});
