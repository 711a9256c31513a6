import { afterAll, describe, expect, it } from 'vitest';
import { createTestApi } from '../support/api.js';
import { createTestExecutor } from '../support/database.js';

const executor = createTestExecutor();
const api = createTestApi(executor);
afterAll(() => executor.close());

const NEIGHBOURHOOD = `query Neighbourhood($id: ID!, $depth: Int, $types: [RelationType!], $kinds: [EntityKind!], $limit: Int) {
  neighbourhood(id: $id, depth: $depth, types: $types, kinds: $kinds, limit: $limit) {
    truncated
    nodes { id kind }
    edges { id type from { id } to { id } evidence { quote } }
  }
}`;

interface Subgraph {
  truncated: boolean;
  nodes: { id: string; kind: string }[];
  edges: { id: string; type: string; from: { id: string }; to: { id: string }; evidence: { quote: string }[] }[];
}

async function neighbourhood(variables: Record<string, unknown>): Promise<Subgraph> {
  const response = await api.query<{ neighbourhood: Subgraph }>(NEIGHBOURHOOD, variables);
  expect(response.errors).toBeUndefined();
  return response.data!.neighbourhood;
}

function expectClosed(subgraph: Subgraph): void {
  const ids = new Set(subgraph.nodes.map((node) => node.id));
  for (const edge of subgraph.edges) {
    expect(ids.has(edge.from.id) && ids.has(edge.to.id), `${edge.id} leaves the subgraph`).toBe(true);
  }
}

describe('an analyst explores the neighbourhood of an entity', () => {
  it("draws UNODC's direct neighbours, UNODC first, with every relation among them and its evidence", async () => {
    const subgraph = await neighbourhood({ id: 'org:unodc' });
    expect(subgraph.nodes[0]?.id).toBe('org:unodc');
    expect(subgraph.nodes.map((node) => node.id)).toEqual(
      expect.arrayContaining(['org:un', 'person:ghada-waly', 'org:global-firearms-programme', 'project:terrorism-arms-crime-nexus']),
    );
    expect(subgraph.truncated).toBe(false);
    expectClosed(subgraph);
    for (const edge of subgraph.edges) expect(edge.evidence.length).toBeGreaterThan(0);
  });

  it('reaches further with more depth, nearest first', async () => {
    const one = await neighbourhood({ id: 'person:ghada-waly', depth: 1 });
    const two = await neighbourhood({ id: 'person:ghada-waly', depth: 2 });
    expect(one.nodes.map((node) => node.id).sort()).toEqual(['event:project-launch', 'org:unodc', 'person:ghada-waly']);
    expect(two.nodes.length).toBeGreaterThan(one.nodes.length);
    expect(two.nodes.slice(0, 3).map((node) => node.id).sort()).toEqual(one.nodes.map((node) => node.id).sort());
    expectClosed(two);
  });

  it('follows only the relation types asked for', async () => {
    const subgraph = await neighbourhood({ id: 'project:terrorism-arms-crime-nexus', types: ['FUNDS'] });
    expect(subgraph.nodes.map((node) => node.id).sort()).toEqual(
      ['project:terrorism-arms-crime-nexus', 'state:CAN', 'state:RUS', 'state:SAU'],
    );
    expect(new Set(subgraph.edges.map((edge) => edge.type))).toEqual(new Set(['FUNDS']));
  });

  it('keeps only the kinds asked for, and always the centre', async () => {
    const subgraph = await neighbourhood({ id: 'project:terrorism-arms-crime-nexus', depth: 2, kinds: ['INSTRUMENT'] });
    expect(subgraph.nodes[0]?.id).toBe('project:terrorism-arms-crime-nexus');
    expect(subgraph.nodes.slice(1).every((node) => node.kind === 'INSTRUMENT')).toBe(true);
    expect(subgraph.nodes.map((node) => node.id)).toEqual(expect.arrayContaining(['instrument:firearms-protocol', 'instrument:untoc']));
  });

  it('applies the kinds to the entities returned, not to the route: SCO RATS reaches nine organisations in two hops', async () => {
    // Through the SCO and through events and people of other kinds; filtering the route too
    // would stop at the SCO and its executive committee.
    const subgraph = await neighbourhood({ id: 'org:sco-rats', depth: 2, kinds: ['ORGANIZATION'] });
    expect(subgraph.nodes.map((node) => node.id).sort()).toEqual(
      [
        'org:cted', 'org:global-firearms-programme', 'org:interpol', 'org:sco', 'org:sco-rats', 'org:sco-rats-executive-committee',
        'org:uncct', 'org:unoct', 'org:unoda', 'org:unodc',
      ],
    );
    expect(subgraph.nodes[0]?.id).toBe('org:sco-rats');
    expectClosed(subgraph);
  });

  it('walks no further than the depth asked for', async () => {
    const one = await neighbourhood({ id: 'org:sco-rats', depth: 1 });
    const direct = await api.query<{ entity: { relations: { edges: { neighbour: { id: string } }[] } } }>(
      '{ entity(id: "org:sco-rats") { relations(first: 100) { edges { neighbour { id } } } } }',
    );
    const neighbours = new Set(direct.data!.entity.relations.edges.map((edge) => edge.neighbour.id));
    expect(one.nodes.slice(1).map((node) => node.id).sort()).toEqual([...neighbours].sort());
  });

  it('says when the limit cut the result', async () => {
    const subgraph = await neighbourhood({ id: 'project:terrorism-arms-crime-nexus', limit: 5 });
    expect(subgraph.nodes).toHaveLength(5);
    expect(subgraph.truncated).toBe(true);
    expectClosed(subgraph);
  });

  it('reports an unknown centre as NOT_FOUND', async () => {
    const response = await api.query(NEIGHBOURHOOD, { id: 'org:atlantis' });
    expect(response.errors?.[0]).toMatchObject({ message: 'No entity has the id "org:atlantis".', extensions: { code: 'NOT_FOUND' } });
  });
});
