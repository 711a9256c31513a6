import { afterAll, describe, expect, it } from 'vitest';
import { ENTITY_KINDS } from '../../model/data-model.js';
import { createTestApi } from '../support/api.js';
import { createTestExecutor, graphCounts } from '../support/database.js';

const executor = createTestExecutor();
const api = createTestApi(executor);
afterAll(() => executor.close());

async function data<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await api.query<T>(query, variables);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

describe('an analyst looks an entity up by its id', () => {
  it('reads UNODC with its aliases and the passages that state it', async () => {
    const { entity } = await data(`{ entity(id: "org:unodc") {
      __typename id kind name aliases description
      evidence { quote source { id title } }
      ... on Organization { scope }
    } }`);
    expect(entity).toMatchObject({ __typename: 'Organization', kind: 'ORGANIZATION', scope: 'INTERNATIONAL' });
    expect(entity.aliases).toContain('UNODC');
    expect(entity.evidence.length).toBeGreaterThan(0);
    for (const evidence of entity.evidence) {
      expect(evidence.quote.length).toBeGreaterThan(0);
      expect(evidence.source.id).toMatch(/^src:\d{3}$/);
    }
  });

  it("reads each kind's own fields: a state's ISO code, an event's dates, a project's outcomes", async () => {
    const result = await data(`{
      kaz: entity(id: "state:KAZ") { ... on State { iso3 } }
      course: entity(id: "event:training-course-astana-2024") { ... on Event { startDate endDate eventType } }
      project: entity(id: "project:terrorism-arms-crime-nexus") { ... on Project { startDate endDate outcomes } }
      astana: entity(id: "place:astana") { ... on Place { placeType } }
      protocol: entity(id: "instrument:firearms-protocol") { ... on Instrument { instrumentType } }
      madrid: entity(id: "instrument:madrid-guiding-principles") { ... on Instrument { instrumentType } }
    }`);
    expect(result.kaz).toEqual({ iso3: 'KAZ' });
    expect(result.course).toEqual({ startDate: '2024-03-12', endDate: '2024-03-15', eventType: 'training course' });
    expect(result.project.startDate).toBe('2020');
    expect(result.project.endDate).toBeNull();
    expect(result.project.outcomes.length).toBeGreaterThan(0);
    expect(result.astana).toEqual({ placeType: 'CITY' });
    expect(result.protocol).toEqual({ instrumentType: 'PROTOCOL' });
    expect(result.madrid).toEqual({ instrumentType: 'GUIDING_PRINCIPLES' });
  });

  it("lists a person's positions, with where they hold them", async () => {
    const { entity } = await data(`{ entity(id: "person:vladimir-voronkov") {
      ... on Person { positions { title at { id } evidence { quote } relation { type } } }
    } }`);
    const positions = entity.positions.map((position: any) => [position.title, position.at.id]);
    expect(positions).toEqual(
      expect.arrayContaining([
        ['Under-Secretary-General', 'org:unoct'],
        ['Executive Director', 'org:uncct'],
      ]),
    );
    for (const position of entity.positions) {
      expect(position.relation.type).toBe('HOLDS_POSITION');
      expect(position.evidence.length).toBeGreaterThan(0);
    }
  });

  it('gets null, not an error, for an id nothing has', async () => {
    const response = await api.query('{ entity(id: "org:no-such-body") { id } }');
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ entity: null });
  });
});

describe("an analyst pages through an entity's relations", () => {
  const RELATIONS = `query Relations($id: ID!, $direction: Direction, $types: [RelationType!], $first: Int, $after: String) {
    entity(id: $id) { relations(direction: $direction, types: $types, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor direction neighbour { id } node { id type from { id } to { id } } }
    } }
  }`;

  it('walks every relation of UNODC exactly once, page by page', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let totalCount = 0;
    for (let page = 0; page < 20; page += 1) {
      const { entity }: Record<string, any> = await data(RELATIONS, { id: 'org:unodc', first: 3, after });
      const connection: Record<string, any> = entity.relations;
      totalCount = connection.totalCount;
      seen.push(...connection.edges.map((edge: any) => edge.node.id));
      expect(connection.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(totalCount).toBeGreaterThan(3);
    expect(seen).toHaveLength(totalCount);
    expect(new Set(seen).size).toBe(totalCount);
  });

  it('tells outgoing from incoming relations and names the entity at the other end', async () => {
    const outgoing = (await data(RELATIONS, { id: 'org:unodc', direction: 'OUTGOING' })).entity.relations;
    const incoming = (await data(RELATIONS, { id: 'org:unodc', direction: 'INCOMING' })).entity.relations;
    const both = (await data(RELATIONS, { id: 'org:unodc' })).entity.relations;
    expect(outgoing.totalCount + incoming.totalCount).toBe(both.totalCount);
    for (const edge of outgoing.edges) {
      expect(edge).toMatchObject({ direction: 'OUTGOING', node: { from: { id: 'org:unodc' } } });
      expect(edge.neighbour.id).toBe(edge.node.to.id);
    }
    for (const edge of incoming.edges) {
      expect(edge).toMatchObject({ direction: 'INCOMING', node: { to: { id: 'org:unodc' } } });
      expect(edge.neighbour.id).toBe(edge.node.from.id);
    }
    expect(incoming.edges.map((edge: any) => edge.node.id)).toContain('HOLDS_POSITION:person:ghada-waly->org:unodc');
  });

  it('keeps to the relation types asked for', async () => {
    const { entity } = await data(RELATIONS, { id: 'project:terrorism-arms-crime-nexus', types: ['FUNDS'] });
    expect(entity.relations.edges.map((edge: any) => edge.neighbour.id).sort()).toEqual(['state:CAN', 'state:RUS', 'state:SAU']);
  });

  it('refuses a cursor it did not hand out', async () => {
    const response = await api.query(RELATIONS, { id: 'org:unodc', after: 'not-a-cursor' });
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(response.errors?.[0]?.message).toMatch(/endCursor/);
  });

  it('reads one relation by its id, with its facts and evidence', async () => {
    const { relation } = await data(`{ relation(id: "FUNDS:state:SAU->project:terrorism-arms-crime-nexus") {
      type from { id } to { id } startDate endDate title role frequency note doubt evidence { quote source { id } }
    } }`);
    expect(relation).toMatchObject({ type: 'FUNDS', from: { id: 'state:SAU' }, to: { id: 'project:terrorism-arms-crime-nexus' } });
    expect(relation).toMatchObject({ startDate: '2020', endDate: '2021', title: null, role: null, frequency: null, note: null });
    expect(relation.doubt).toMatch(/Saudi Arabia/);
    expect(relation.evidence.length).toBeGreaterThan(0);
    expect((await data('{ relation(id: "FUNDS:nobody->nothing") { id } }')).relation).toBeNull();
  });

  it("reads each fact a relation carries in its own typed field: a review's frequency, an attendee's capacity", async () => {
    const result = await data(`{
      review: relation(id: "REVIEWS:org:un-general-assembly->instrument:un-global-counter-terrorism-strategy") { frequency startDate }
      launch: relation(id: "ATTENDED:state:KAZ->event:project-launch") { role }
    }`);
    expect(result.review).toEqual({ frequency: 'every two years', startDate: null });
    expect(result.launch.role).toBe('Permanent Representative to the United Nations');
  });

  it('sees where the sources disagree about a relation', async () => {
    const { relation } = await data(`{ relation(id: "IMPLEMENTS:org:unoda->project:terrorism-arms-crime-nexus") { conflict } }`);
    expect(relation.conflict).toMatch(/implemented jointly/);
  });
});

describe('an analyst lists every entity, a page at a time', () => {
  const ENTITIES = `query Entities($kinds: [EntityKind!], $first: Int, $after: String) {
    entities(kinds: $kinds, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id kind } }
    }
  }`;

  it('walks all entities with cursors, as many as the database holds', async () => {
    const counts = await graphCounts(executor);
    const expected = ENTITY_KINDS.reduce((sum, kind) => sum + (counts.nodes[kind] ?? 0), 0);
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const { entities }: Record<string, any> = await data(ENTITIES, { first: 7, after });
      expect(entities.totalCount).toBe(expected);
      ids.push(...entities.edges.map((edge: any) => edge.node.id));
      after = entities.pageInfo.hasNextPage ? entities.pageInfo.endCursor : null;
    } while (after !== null);
    expect(ids).toHaveLength(expected);
    expect([...ids].sort()).toEqual(ids);
  });

  it('lists only the kinds asked for: the eight states', async () => {
    const { entities } = await data(ENTITIES, { kinds: ['STATE'], first: 100 });
    expect(entities.totalCount).toBe(8);
    expect(entities.edges.every((edge: any) => edge.node.kind === 'STATE')).toBe(true);
    expect(entities.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses an entity cursor handed to the relations of an entity', async () => {
    const { entities } = await data(ENTITIES, { first: 1 });
    const response = await api.query('query($after: String) { entity(id: "org:unodc") { relations(after: $after) { totalCount } } }', {
      after: entities.pageInfo.endCursor,
    });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
