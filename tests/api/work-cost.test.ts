import { afterAll, describe, expect, it } from 'vitest';
import { neighbourhoodsDocument } from '../../client/src/api/documents.js';
import { createTestApi, type GraphqlResponse } from '../support/api.js';
import { createRecordingExecutor } from '../support/recording-executor.js';

const executor = createRecordingExecutor();
const api = createTestApi(executor);
afterAll(() => executor.close());

const HUB = 'project:terrorism-arms-crime-nexus';

function aliases(count: number, field: (index: number) => string): string {
  return Array.from({ length: count }, (_, index) => `n${index}: ${field(index)}`).join('\n');
}

/** Refused before it runs: 400, BAD_USER_INPUT, the limit and its setting named, no database work. */
function expectRefusedForCost(response: GraphqlResponse): void {
  expect(response.status).toBe(400);
  expect(response.errors, JSON.stringify(response)).toHaveLength(1);
  expect(response.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  expect(response.errors![0]!.message).toMatch(/^Cost limit of 10000 exceeded, found \d+.*GRAPHQL_MAX_COST/);
  expect(response.data ?? null).toBeNull();
  expect(executor.lastRoundTrips).toBe(0);
}

describe('the cost of an operation grows with the work its arguments ask for', () => {
  it('refuses fifteen three-hop neighbourhoods of 500 on the project hub, before touching the database', async () => {
    const response = await api.query(`{ ${aliases(15, () => `neighbourhood(id: "${HUB}", depth: 3, limit: 500) { nodes { id } edges { id } }`)} }`);
    expectRefusedForCost(response);
    expect(response.errors![0]!.message).toContain('found 22500');
  });

  it('counts arguments given as variables the same', async () => {
    const response = await api.query(
      `query Many($depth: Int, $limit: Int) { ${aliases(15, () => `neighbourhood(id: "${HUB}", depth: $depth, limit: $limit) { nodes { id } }`)} }`,
      { depth: 3, limit: 500 },
    );
    expectRefusedForCost(response);
  });

  it('counts default arguments, multiplied by the items a field is nested in', async () => {
    // 20 entities × 50 relations × 50 relations of each neighbour, all by default.
    const response = await api.query('{ entities { nodes { relations { nodes { from { relations { totalCount } } } } } } }');
    expectRefusedForCost(response);
  });

  it("lets the explorer's batch of twelve one-hop neighbourhoods through", async () => {
    const ids = ['org:unodc', 'org:unoct', 'org:uncct', 'org:sco', 'org:sco-rats', 'org:interpol', 'state:KAZ', 'state:KGZ', 'state:TJK', 'state:TKM', 'state:UZB', HUB];
    const response = await api.query(neighbourhoodsDocument(12).document, Object.fromEntries(ids.map((id, index) => [`id${index}`, id])));
    expect(response.errors).toBeUndefined();
    expect(Object.keys(response.data!)).toHaveLength(12);
  });

  it('lets one three-hop neighbourhood of 500 through', async () => {
    const response = await api.query(`{ neighbourhood(id: "${HUB}", depth: 3, limit: 500) { nodes { id } } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data!.neighbourhood.nodes.length).toBeGreaterThan(40);
  });
});
