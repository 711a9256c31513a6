import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi } from '../support/api.js';
import { createTestExecutor } from '../support/database.js';
import { createProfilingExecutor, type ProfilingExecutor } from '../support/profiling-executor.js';
import { startPrivateNeo4j } from '../support/private-neo4j.js';

// A project hub in a database of this file's own, grown from 500 to 3,000 beneficiaries (each
// also supported by it: 1,000 then 6,000 relations). Every query below must cost the database
// about the same at both sizes, and far less than the hub's degree: its work is bounded by its
// arguments, not by the hub.
const HUB = 'project:zz-hub';
const SMALL = 500;
const LARGE = 3_000;
const leaf = (index: number) => `org:zz-leaf-${String(index).padStart(5, '0')}`;

let database: Awaited<ReturnType<typeof startPrivateNeo4j>>;
let profiler: ProfilingExecutor;
let api: ReturnType<typeof createTestApi>;

async function growHub(from: number, to: number): Promise<void> {
  const writer = createTestExecutor(database.uri);
  try {
    await writer.writeTransaction((transaction) =>
      transaction.run(
        `MERGE (hub:Entity:Project {id: $hub})
           ON CREATE SET hub.kind = 'Project', hub.name = 'Hub project', hub.aliases = [], hub.evidenceSources = [], hub.evidenceQuotes = []
         WITH hub
         UNWIND range($from, $to) AS index
         WITH hub, 'org:zz-leaf-' + right('0000' + toString(index), 5) AS id
         CREATE (leaf:Entity:Organization {id: id, kind: 'Organization', name: 'Leaf ' + id, aliases: [], evidenceSources: [], evidenceQuotes: []})
         CREATE (leaf)-[:BENEFITS_FROM {id: 'BENEFITS_FROM:' + id + '->' + $hub, evidenceSources: [], evidenceQuotes: []}]->(hub)
         CREATE (hub)-[:SUPPORTS {id: 'SUPPORTS:' + $hub + '->' + id, evidenceSources: [], evidenceQuotes: []}]->(leaf)`,
        { hub: HUB, from: from, to: to },
      ),
    );
  } finally {
    await writer.close();
  }
}

/** Database hits of one GraphQL operation, which must succeed. */
async function hitsOf(query: string, variables: Record<string, unknown> = {}): Promise<{ hits: number; reads: string; data: any }> {
  let data: any;
  const { hits, reads } = await profiler.measureReads(async () => {
    const response = await api.query(query, variables);
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    data = response.data;
  });
  return { hits, reads, data };
}

const OPERATIONS = {
  'a depth-1 neighbourhood of 20': `{ neighbourhood(id: "${HUB}", depth: 1, limit: 20) { truncated nodes { id } edges { id } } }`,
  // Filters that keep none of the hub's relations must not make the walk read them all.
  'a depth-1 neighbourhood of a type it lacks': `{ neighbourhood(id: "${HUB}", depth: 1, limit: 20, types: [FUNDS]) { truncated nodes { id } } }`,
  'a depth-1 neighbourhood of a dataset that states none of its links': `{ neighbourhood(id: "${HUB}", depth: 1, limit: 20, datasetIds: ["dataset:cow-igo"]) { truncated nodes { id } } }`,
  'the first page of its relations': `{ entity(id: "${HUB}") { relations(first: 10) { totalCount edges { cursor node { id } } } } }`,
  'a page of its incoming relations': `{ entity(id: "${HUB}") { relations(first: 10, direction: INCOMING) { totalCount nodes { id } } } }`,
  'a page of its outgoing relations': `{ entity(id: "${HUB}") { relations(first: 10, direction: OUTGOING) { totalCount nodes { id } } } }`,
  'one of its relations by id': `{ relation(id: "BENEFITS_FROM:${leaf(7)}->${HUB}") { id from { id } } }`,
  'a page of its partner map': `{ partnerRoles(projectId: "${HUB}", first: 10) { totalCount nodes { role actor { id } } } }`,
  "a page of an actor's roles": `{ partnerRoles(actorId: "${leaf(7)}", first: 10) { totalCount nodes { role target { id } } } }`,
  'its relation groups, 50 read of each type and direction': `{ entity(id: "${HUB}") { relationGroups(limit: 50) { type direction kind count typeCount countIsLowerBound } } }`,
  'the graph statistics': '{ stats { entities relations } }',
  'a page of entities': '{ entities(first: 10, kinds: [ORGANIZATION]) { totalCount nodes { id } } }',
} as const;

type Operation = keyof typeof OPERATIONS;
type Measured = Awaited<ReturnType<typeof hitsOf>>;
const small = new Map<Operation, Measured>();
const large = new Map<Operation, Measured>();

beforeAll(async () => {
  database = await startPrivateNeo4j();
  profiler = createProfilingExecutor(database.uri);
  api = createTestApi(profiler);
  await growHub(1, SMALL);
  for (const [name, query] of Object.entries(OPERATIONS)) {
    await hitsOf(query); // plans the query, so that what is measured is the run
    small.set(name as Operation, await hitsOf(query));
  }
  await growHub(SMALL + 1, LARGE);
  for (const [name, query] of Object.entries(OPERATIONS)) large.set(name as Operation, await hitsOf(query));
}, 240_000);

afterAll(async () => {
  await profiler?.close();
  await database?.stop();
});

describe('a supernode costs no more to read than an ordinary entity', () => {
  it.each(Object.keys(OPERATIONS) as Operation[])('%s costs the same on a hub of 6,000 relations as of 1,000', (name) => {
    const before = small.get(name)!.hits;
    const after = large.get(name)!.hits;
    const reads = `reads at ${SMALL}: ${small.get(name)!.reads}; at ${LARGE}: ${large.get(name)!.reads}`;
    expect(after, `${name}: ${before} db hits at ${SMALL}, ${after} at ${LARGE} (${reads})`).toBeLessThanOrEqual(before * 1.25 + 50);
    expect(after).toBeLessThan(LARGE);
  });

  it('still answers correctly on the hub: counts, order and pages', () => {
    const page = large.get('the first page of its relations')!.data.entity.relations;
    expect(page.totalCount).toBe(2 * LARGE);
    expect(page.edges.map((edge: any) => edge.node.id)).toEqual(
      Array.from({ length: 10 }, (_, index) => `BENEFITS_FROM:${leaf(index + 1)}->${HUB}`),
    );
    const outgoing = large.get('a page of its outgoing relations')!.data.entity.relations;
    expect(outgoing.totalCount).toBe(LARGE);
    expect(outgoing.nodes.map((node: any) => node.id)).toEqual(Array.from({ length: 10 }, (_, index) => `SUPPORTS:${HUB}->${leaf(index + 1)}`));
    expect(large.get('a page of its incoming relations')!.data.entity.relations.totalCount).toBe(LARGE);
    const neighbourhood = large.get('a depth-1 neighbourhood of 20')!.data.neighbourhood;
    expect(neighbourhood.nodes).toHaveLength(20);
    expect(neighbourhood.truncated).toBe(true);
    expect(neighbourhood.edges).toHaveLength(38);
    expect(large.get('one of its relations by id')!.data.relation.from.id).toBe(leaf(7));
    for (const filtered of ['a depth-1 neighbourhood of a type it lacks', 'a depth-1 neighbourhood of a dataset that states none of its links'] as const) {
      expect(large.get(filtered)!.data.neighbourhood, filtered).toEqual({ truncated: false, nodes: [{ id: HUB }] });
    }
    const partners = large.get('a page of its partner map')!.data.partnerRoles;
    expect(partners.totalCount).toBe(LARGE);
    expect(partners.nodes).toHaveLength(10);
    expect(partners.nodes.every((entry: any) => entry.role === 'BENEFICIARY')).toBe(true);
    expect(large.get("a page of an actor's roles")!.data.partnerRoles).toMatchObject({ totalCount: 1, nodes: [{ role: 'BENEFICIARY', target: { id: HUB } }] });
    expect(large.get('its relation groups, 50 read of each type and direction')!.data.entity.relationGroups).toEqual([
      { type: 'BENEFITS_FROM', direction: 'INCOMING', kind: 'ORGANIZATION', count: 50, typeCount: LARGE, countIsLowerBound: true },
      { type: 'SUPPORTS', direction: 'OUTGOING', kind: 'ORGANIZATION', count: 50, typeCount: LARGE, countIsLowerBound: true },
    ]);
    expect(large.get('the graph statistics')!.data.stats).toEqual({ entities: LARGE + 1, relations: 2 * LARGE });
    expect(large.get('a page of entities')!.data.entities.totalCount).toBe(LARGE);
  });

  it('pages on through the hub from a cursor, in relation-id order', async () => {
    const first = large.get('the first page of its relations')!.data.entity.relations;
    const { data, hits } = await hitsOf(
      `query Next($after: String) { entity(id: "${HUB}") { relations(first: 10, after: $after) { nodes { id } } } }`,
      { after: first.edges.at(-1).cursor },
    );
    expect(data.entity.relations.nodes.map((node: any) => node.id)).toEqual(
      Array.from({ length: 10 }, (_, index) => `BENEFITS_FROM:${leaf(index + 11)}->${HUB}`),
    );
    expect(hits).toBeLessThan(LARGE);
  });
});
