import { afterAll, describe, expect, it } from 'vitest';
import { createTestApi } from '../support/api.js';
import { createTestExecutor } from '../support/database.js';

const executor = createTestExecutor();
const api = createTestApi(executor);
afterAll(() => executor.close());

const PATHS = `query Paths($fromId: ID!, $toId: ID!, $maxLength: Int, $first: Int, $types: [RelationType!]) {
  paths(fromId: $fromId, toId: $toId, maxLength: $maxLength, first: $first, types: $types) {
    length
    nodes { id kind }
    edges { type from { id } to { id } }
  }
}`;

interface Path {
  length: number;
  nodes: { id: string; kind: string }[];
  edges: { type: string; from: { id: string }; to: { id: string } }[];
}

async function paths(variables: Record<string, unknown>): Promise<Path[]> {
  const response = await api.query<{ paths: Path[] }>(PATHS, variables);
  expect(response.errors).toBeUndefined();
  return response.data!.paths;
}

/** Every hop of the path is backed by an edge between its two entities, in either direction. */
function expectConnected(path: Path): void {
  expect(path.nodes).toHaveLength(path.length + 1);
  for (let hop = 0; hop < path.length; hop += 1) {
    const ends = [path.nodes[hop]!.id, path.nodes[hop + 1]!.id].sort();
    const backing = path.edges.filter((edge) => [edge.from.id, edge.to.id].sort().join() === ends.join());
    expect(backing.length, `hop ${ends.join(' – ')}`).toBeGreaterThan(0);
  }
  expect(new Set(path.nodes.map((node) => node.id)).size).toBe(path.nodes.length);
}

describe('an analyst asks how two actors are linked', () => {
  it('finds the SCO RATS director and Saudi Arabia linked only through the February 2020 presentation', async () => {
    const [route, ...others] = await paths({ fromId: 'person:jumakhon-giyosov', toId: 'state:SAU', maxLength: 2 });
    expect(others).toEqual([]);
    expect(route!.length).toBe(2);
    expect(route!.nodes.map((node) => node.id)).toEqual(['person:jumakhon-giyosov', 'event:project-presentation-2020-02', 'state:SAU']);
    expect(route!.nodes[1]!.kind).toBe('EVENT');
    // Both attended and spoke there: every relation of each hop is listed.
    expect(route!.edges.map((edge) => `${edge.from.id} ${edge.type}`).sort()).toEqual([
      'person:jumakhon-giyosov ATTENDED',
      'person:jumakhon-giyosov SPOKE_AT',
      'state:SAU ATTENDED',
      'state:SAU SPOKE_AT',
    ]);
    expectConnected(route!);
  });

  it('lists routes shortest first, each a different sequence of entities', async () => {
    const routes = await paths({ fromId: 'person:ghada-waly', toId: 'state:SAU', first: 5 });
    expect(routes).toHaveLength(5);
    const lengths = routes.map((route) => route.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    expect(lengths[0]).toBe(3);
    const sequences = routes.map((route) => route.nodes.map((node) => node.id).join(' > '));
    expect(new Set(sequences).size).toBe(routes.length);
    routes.forEach(expectConnected);
  });

  it('finds nothing when the actors are further apart than maxLength', async () => {
    expect(await paths({ fromId: 'person:ghada-waly', toId: 'state:SAU', maxLength: 2 })).toEqual([]);
  });

  it('follows only the relation types asked for', async () => {
    const routes = await paths({ fromId: 'state:SAU', toId: 'state:RUS', types: ['FUNDS'] });
    expect(routes[0]!.nodes.map((node) => node.id)).toEqual(['state:SAU', 'project:terrorism-arms-crime-nexus', 'state:RUS']);
    for (const route of routes) expect(route.edges.every((edge) => edge.type === 'FUNDS')).toBe(true);
  });

  it('reports an unknown end as NOT_FOUND and the same entity twice as BAD_USER_INPUT', async () => {
    const unknown = await api.query(PATHS, { fromId: 'org:unodc', toId: 'person:nobody' });
    expect(unknown.errors?.[0]).toMatchObject({ message: 'No entity has the id "person:nobody".', extensions: { code: 'NOT_FOUND' } });
    const same = await api.query(PATHS, { fromId: 'org:unodc', toId: 'org:unodc' });
    expect(same.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
