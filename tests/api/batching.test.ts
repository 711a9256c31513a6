import { afterAll, describe, expect, it } from 'vitest';
import { createTestApi } from '../support/api.js';
import { createRecordingExecutor } from '../support/recording-executor.js';

const executor = createRecordingExecutor();
const api = createTestApi(executor);
afterAll(() => executor.close());

// Every nested field that needs the database: relations of every node, their ends, the evidence
// of every edge and its source, positions of people, partners of projects, mentions of sources.
// (A limit of 60, not the default 200, keeps it within the cost limit: every node's pages count.)
const NESTED_NEIGHBOURHOOD = `query Nested($id: ID!, $depth: Int) {
  neighbourhood(id: $id, depth: $depth, limit: 60) {
    nodes {
      id
      evidence { source { title } }
      relations(first: 10) {
        totalCount
        edges { neighbour { name } node { type from { name } to { name } evidence { quote source { title } } } }
      }
      ... on Person { positions { title at { name } } }
      ... on Project { partners(first: 10) { nodes { role actor { name } } } }
    }
    edges { id from { name } to { name } evidence { quote source { title mentions(first: 5) { nodes { id } } } } }
  }
}`;

const NESTED_ENTITIES = `query Page($first: Int) {
  entities(first: $first) {
    nodes {
      id
      relations(first: 5, direction: OUTGOING) { nodes { to { name } evidence { source { id } } } }
    }
  }
}`;

async function measure(query: string, variables: Record<string, unknown>, count: (data: any) => number) {
  const response = await api.query(query, variables);
  expect(response.errors).toBeUndefined();
  return { nodes: count(response.data), roundTrips: executor.lastRoundTrips };
}

describe('nested fields are batched: the round trips of a query do not grow with its nodes', () => {
  it('reads a neighbourhood of 3 or of 50 entities, every nested field included, in the same few round trips', async () => {
    const nodesOf = (data: any) => data.neighbourhood.nodes.length;
    const small = await measure(NESTED_NEIGHBOURHOOD, { id: 'person:ghada-waly', depth: 1 }, nodesOf);
    const medium = await measure(NESTED_NEIGHBOURHOOD, { id: 'org:unodc', depth: 1 }, nodesOf);
    const large = await measure(NESTED_NEIGHBOURHOOD, { id: 'project:terrorism-arms-crime-nexus', depth: 2 }, nodesOf);
    expect(small.nodes).toBe(3);
    expect(large.nodes).toBeGreaterThanOrEqual(40);
    // One query per loader at most: the neighbourhood, relations, positions (same loader, other
    // arguments), partners, sources and mentions — a fixed budget, whatever the number of nodes.
    for (const run of [small, medium, large]) expect(run.roundTrips).toBeLessThanOrEqual(6);
    expect(large.roundTrips).toBeLessThanOrEqual(small.roundTrips + 1);
  });

  it('reads a page of 5 or of 50 entities with their relations in the same round trips', async () => {
    const nodesOf = (data: any) => data.entities.nodes.length;
    const small = await measure(NESTED_ENTITIES, { first: 5 }, nodesOf);
    const large = await measure(NESTED_ENTITIES, { first: 50 }, nodesOf);
    expect(large.nodes).toBe(50);
    expect(small.roundTrips).toBe(3);
    expect(large.roundTrips).toBe(3);
  });

  it('serves the ends of subgraph edges from the subgraph itself (no extra query)', async () => {
    await measure('{ neighbourhood(id: "org:unodc") { edges { from { name } to { name } } } }', {}, () => 0);
    expect(executor.lastRoundTrips).toBe(1);
  });
});
