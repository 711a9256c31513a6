import { afterAll, describe, expect, inject, it } from 'vitest';
import { createTestApi } from '../support/api.js';
import { scanWindow } from '../../server/network/resolvers.js';
import { createTestExecutor } from '../support/database.js';
import { createProfilingExecutor } from '../support/profiling-executor.js';

/**
 * `network`: the whole graph of some datasets, paged, for the explorer's overview. Read against
 * the wider nexus (curated + every reference dataset), whose ~1,500 entities and ~5,000
 * relations take several pages.
 */
const executor = createTestExecutor(inject('referenceNeo4jUri'));
const api = createTestApi(executor);
afterAll(async () => {
  await executor.close();
});

const NETWORK = `query ($datasetIds: [ID!], $first: Int, $after: String) {
  network(datasetIds: $datasetIds, first: $first, after: $after) {
    nodes { id name kind datasetIds }
    edges { id type fromId toId datasetIds }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Network {
  nodes: { id: string; name: string; kind: string; datasetIds: string[] }[];
  edges: { id: string; type: string; fromId: string; toId: string; datasetIds: string[] }[];
  pages: number;
}

async function wholeNetwork(datasetIds: string[] | null, first: number): Promise<Network> {
  const network: Network = { nodes: [], edges: [], pages: 0 };
  let after: string | null = null;
  for (let page = 0; page < 50; page += 1) {
    const response = await api.query(NETWORK, { datasetIds, first, after });
    expect(response.errors).toBeUndefined();
    const { nodes, edges, pageInfo } = response.data!.network as Network & { pageInfo: { hasNextPage: boolean; endCursor: string } };
    expect(nodes.length + edges.length).toBeLessThanOrEqual(first);
    network.nodes.push(...nodes);
    network.edges.push(...edges);
    network.pages += 1;
    if (!pageInfo.hasNextPage) return network;
    after = pageInfo.endCursor;
  }
  throw new Error('network did not end within 50 pages');
}

const count = async (cypher: string, parameters: Record<string, unknown> = {}) =>
  ((await executor.read(cypher, parameters)) as [{ count: number }])[0].count;

describe('network, the whole graph a page at a time', () => {
  it('covers every entity and every relation exactly once, in id order, across pages', async () => {
    const network = await wholeNetwork(null, 2_000);
    const entities = await count('MATCH (entity:Entity) RETURN count(entity) AS count');
    const relations = await count('MATCH (:Entity)-[relation]->(:Entity) RETURN count(relation) AS count');
    expect(entities).toBeGreaterThan(1_400);
    expect(relations).toBeGreaterThan(4_500);
    expect(network.pages).toBeGreaterThanOrEqual(3);
    expect(network.nodes).toHaveLength(entities);
    expect(network.edges).toHaveLength(relations);
    expect(new Set(network.nodes.map((node) => node.id)).size).toBe(entities);
    expect(new Set(network.edges.map((edge) => edge.id)).size).toBe(relations);
    const nodeIds = network.nodes.map((node) => node.id);
    expect([...nodeIds].sort()).toEqual(nodeIds);
    expect(network.nodes.find((node) => node.id === 'state:KAZ')).toMatchObject({ name: 'Kazakhstan', kind: 'STATE' });
    expect(network.edges.find((edge) => edge.fromId === 'state:KAZ' && edge.toId === 'instrument:arms-trade-treaty')).toBeDefined();
    // The first reads plan the relation types' union cold, seconds each on a loaded machine.
  }, 120_000);

  it('pages of any size read the same network', async () => {
    const large = await wholeNetwork(['dataset:curated'], 2_000);
    const small = await wholeNetwork(['dataset:curated'], 97);
    expect(small.pages).toBeGreaterThan(large.pages);
    expect(small.nodes).toEqual(large.nodes);
    expect(small.edges).toEqual(large.edges);
  });

  it('keeps the entities the chosen datasets assert and the relations they state', async () => {
    const curated = await wholeNetwork(['dataset:curated'], 2_000);
    const sanctions = await wholeNetwork(['dataset:un-sc-consolidated'], 2_000);
    const curatedEntities = await count("MATCH (entity:Entity) WHERE 'dataset:curated' IN entity.datasets RETURN count(entity) AS count");
    const sanctionsRelations = await count("MATCH (:Entity)-[relation]->(:Entity) WHERE relation.dataset = 'dataset:un-sc-consolidated' RETURN count(relation) AS count");
    expect(curated.nodes).toHaveLength(curatedEntities);
    expect(curated.nodes.every((node) => node.datasetIds.includes('dataset:curated'))).toBe(true);
    expect(curated.edges.every((edge) => edge.datasetIds.includes('dataset:curated'))).toBe(true);
    expect(sanctions.edges).toHaveLength(sanctionsRelations);
    expect(sanctions.edges.every((edge) => edge.datasetIds[0] === 'dataset:un-sc-consolidated')).toBe(true);
    expect(sanctions.edges.some((edge) => edge.type === 'LISTED_UNDER')).toBe(true);
    expect(curated.edges.some((edge) => edge.type === 'LISTED_UNDER')).toBe(false);
  });

  it('reads a sparse layer in bounded windows: short pages that go on, each costing its window, not the graph', async () => {
    // The editors' layer holds nothing in the reference graph: every window is walked and found empty.
    const profiling = createProfilingExecutor(inject('referenceNeo4jUri'));
    const profiled = createTestApi(profiling);
    try {
      const entities = await count('MATCH (entity:Entity) RETURN count(entity) AS count');
      const window = scanWindow(1, true);
      expect(window).toBeLessThan(entities);
      let after: string | null = null;
      const costs: number[] = [];
      let pages = 0;
      let emptyPagesThatGoOn = 0;
      for (; pages < 100; pages += 1) {
        let answer: any;
        costs.push(await profiling.measure(async () => (answer = await profiled.query(NETWORK, { datasetIds: ['dataset:editors'], first: 1, after }))));
        expect(answer.errors).toBeUndefined();
        const { nodes, edges, pageInfo } = answer.data.network;
        if (nodes.length + edges.length === 0 && pageInfo.hasNextPage) emptyPagesThatGoOn += 1;
        if (!pageInfo.hasNextPage) break;
        after = pageInfo.endCursor;
      }
      expect(pages).toBeLessThan(100);
      expect(emptyPagesThatGoOn).toBeGreaterThanOrEqual(Math.floor(entities / window));
      // Each page walks at most its window of entities (index entries and properties: a few hits each)
      // plus those entities' own relations; the graph as a whole is several times larger.
      const wholeGraph = await profiling.measure(() => profiled.query(NETWORK, { datasetIds: null, first: 2_000 }));
      expect(Math.max(...costs)).toBeLessThan(wholeGraph);
    } finally {
      await profiling.close();
    }
  }, 120_000);

  it.each([
    ['a page over 2,000', { first: 2_001 }],
    ['an empty page', { first: 0 }],
    ['an unknown dataset', { datasetIds: ['dataset:gossip'] }],
    ['a cursor of another field', { after: Buffer.from(JSON.stringify(['entity', 'state:KAZ'])).toString('base64url') }],
    ['a forged network cursor', { after: Buffer.from(JSON.stringify(['network', 'elsewhere|x'])).toString('base64url') }],
  ])('refuses %s as BAD_USER_INPUT', async (_, variables) => {
    const response = await api.query(NETWORK, variables);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
