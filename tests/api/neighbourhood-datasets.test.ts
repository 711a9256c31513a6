import { afterAll, describe, expect, inject, it } from 'vitest';
import { createTestApi, type GraphqlResponse } from '../support/api.js';
import { createTestExecutor } from '../support/database.js';

/** The neighbourhood filtered to the facts of some datasets: the curated layer alone, or one reference dataset. */
const executor = createTestExecutor(inject('referenceNeo4jUri'));
const api = createTestApi(executor);
afterAll(async () => {
  await executor.close();
});

interface Edge {
  id: string;
  type: string;
  datasets: { id: string }[];
}

async function edges(datasetIds: string[] | null): Promise<Edge[]> {
  const response: GraphqlResponse = await api.query(
    `query ($ids: [ID!]) { neighbourhood(id: "state:KAZ", depth: 1, limit: 500, datasetIds: $ids) { edges { id type datasets { id } } } }`,
    { ids: datasetIds },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.neighbourhood.edges as Edge[];
}

describe('neighbourhood(datasetIds)', () => {
  it('keeps only the facts the named datasets state, walked and returned', async () => {
    const all = await edges(null);
    const curated = await edges(['dataset:curated']);
    const treaties = await edges(['dataset:untc-arms-treaties']);
    expect(new Set(all.flatMap((edge) => edge.datasets.map((dataset) => dataset.id))).size).toBeGreaterThan(2);
    expect(curated.length).toBeGreaterThan(0);
    expect(curated.every((edge) => edge.datasets.every((dataset) => dataset.id === 'dataset:curated'))).toBe(true);
    expect(curated.map((edge) => edge.type)).toContain('BENEFITS_FROM');
    expect(treaties.length).toBeGreaterThan(5);
    expect(treaties.every((edge) => edge.datasets.every((dataset) => dataset.id === 'dataset:untc-arms-treaties'))).toBe(true);
    expect(treaties.map((edge) => edge.type)).not.toContain('MEMBER_OF');
    expect(treaties.map((edge) => edge.id)).toContain('PARTY_TO:state:KAZ->instrument:arms-trade-treaty#untc:att:KAZ');
    const both = await edges(['dataset:curated', 'dataset:untc-arms-treaties']);
    // More reached entities can bring relations among them: at least the two layers' own.
    expect(both.length).toBeGreaterThanOrEqual(curated.length + treaties.length);
    expect(both.every((edge) => edge.datasets.every((dataset) => ['dataset:curated', 'dataset:untc-arms-treaties'].includes(dataset.id)))).toBe(true);
    expect(both.length).toBeLessThan(all.length);
  });

  it('refuses a dataset that does not exist with BAD_USER_INPUT', async () => {
    const response = await api.query('{ neighbourhood(id: "state:KAZ", datasetIds: ["dataset:wikipedia"]) { edges { id } } }');
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(/dataset:wikipedia/);
  });
});
