import { afterAll, describe, expect, inject, it } from 'vitest';
import { readConfig } from '../../server/config.js';
import { createDriver } from '../../server/database/driver.js';
import { Executor } from '../../server/database/executor.js';
import { createLogger } from '../../server/logger.js';
import { createTestApi, type GraphqlResponse } from '../support/api.js';
import { createTestExecutor, graphCounts } from '../support/database.js';
import { freePort } from '../support/ports.js';

const executor = createTestExecutor();
const api = createTestApi(executor);
const extraExecutors: Executor[] = [];
afterAll(async () => {
  await executor.close();
  for (const other of extraExecutors) await other.close();
});

function executorAt(uri: string, database = 'neo4j'): Executor {
  const config = readConfig({ NEO4J_URI: uri });
  const other = new Executor(createDriver({ ...config.neo4j, uri }), database, createLogger('silent'));
  extraExecutors.push(other);
  return other;
}

/** A refusal: an error with the code, a message naming what to change, and nothing else. */
function expectRefused(response: GraphqlResponse, code: string, message: RegExp): void {
  expect(response.errors, JSON.stringify(response)).toHaveLength(1);
  expect(response.errors![0]!.extensions?.code).toBe(code);
  expect(response.errors![0]!.message).toMatch(message);
  expect(response.data ?? null).toBeNull();
}

function expectNoInternals(response: GraphqlResponse): void {
  const body = JSON.stringify(response);
  expect(body).not.toMatch(/\bMATCH\b|\bRETURN\b|Neo4jError|neo4j-driver|\.ts:\d+|at \w+ \(|stack/i);
}

describe('an analyst who asks for too much is refused with a clear message', () => {
  it('refuses an operation nested deeper than the depth limit', async () => {
    const response = await api.query(
      '{ entity(id: "org:unodc") { relations { nodes { from { relations { nodes { to { relations { nodes { from { relations { nodes { id } } } } } } } } } } } } }',
    );
    expect(response.status).toBe(400);
    expectRefused(response, 'BAD_USER_INPUT', /depth limit of 10 exceeded, found 13\. .*GRAPHQL_MAX_DEPTH/);
  });

  it('refuses more than 15 aliases', async () => {
    const aliases = Array.from({ length: 16 }, (_, index) => `s${index}: stats { sources }`).join(' ');
    const response = await api.query(`{ ${aliases} }`);
    expect(response.status).toBe(400);
    expectRefused(response, 'BAD_USER_INPUT', /Aliases limit of 15 exceeded, found 16/);
  });

  it('refuses more than 20 directives', async () => {
    const fields = Array.from({ length: 21 }, () => 'sources @include(if: true)').join(' ');
    const response = await api.query(`{ stats { ${fields} } }`);
    expect(response.status).toBe(400);
    expectRefused(response, 'BAD_USER_INPUT', /Directives limit of 20 exceeded, found 21/);
  });

  it('refuses a document of more than 1500 tokens before parsing it all', async () => {
    const kinds = Array.from({ length: 1_600 }, () => 'STATE').join(' ');
    const response = await api.query(`{ entities(kinds: [${kinds}]) { totalCount } }`);
    expect(response.status).toBe(400);
    expectRefused(response, 'GRAPHQL_PARSE_FAILED', /Token limit of 1500 exceeded/);
  });

  it('refuses an operation that costs more than the cost limit', async () => {
    const response = await api.query(
      '{ entities(first: 100) { nodes { relations(first: 100) { nodes { evidence { quote source { title } } } } } } }',
    );
    expect(response.status).toBe(400);
    expectRefused(response, 'BAD_USER_INPUT', /Cost limit of 10000 exceeded, found \d+.*GRAPHQL_MAX_COST/);
  });

  it.each([
    ['entities(first: 101) { totalCount }', /^entities: first must be between 1 and 100, got 101\.$/],
    ['entities(first: 0) { totalCount }', /^entities: first must be between 1 and 100, got 0\.$/],
    ['search(text: "un", first: 51) { nodes { matched } }', /^search: first must be between 1 and 50, got 51\.$/],
    [`search(text: "${'a'.repeat(201)}") { nodes { matched } }`, /^search: text must be at most 200 characters\.$/],
    ['neighbourhood(id: "org:unodc", depth: 4) { truncated }', /^neighbourhood: depth must be between 1 and 3, got 4\.$/],
    ['neighbourhood(id: "org:unodc", limit: 501) { truncated }', /^neighbourhood: limit must be between 1 and 500, got 501\.$/],
    ['paths(fromId: "org:unodc", toId: "org:un", maxLength: 7) { length }', /^paths: maxLength must be between 1 and 6, got 7\.$/],
    ['paths(fromId: "org:unodc", toId: "org:un", first: 11) { length }', /^paths: first must be between 1 and 10, got 11\.$/],
  ])('refuses %s as BAD_USER_INPUT (400: no data)', async (field, message) => {
    const response = await api.query(`{ ${field} }`);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(message);
    expect(response.status).toBe(400);
  });

  it("refuses a nested field's bound, keeping the rest of the answer (200: partial data)", async () => {
    const response = await api.query('{ stats { sources } entity(id: "org:unodc") { relations(first: 101) { totalCount } } }');
    expect(response.errors?.[0]).toMatchObject({
      message: 'relations: first must be between 1 and 100, got 101.',
      path: ['entity', 'relations'],
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(response.data).toEqual({ stats: { sources: 5 }, entity: null });
    expect(response.status).toBe(200);
  });

  it('applies the limits an operator configures', async () => {
    const strict = createTestApi(executor, { GRAPHQL_MAX_DEPTH: '3', MAX_NEIGHBOURHOOD_DEPTH: '2', MAX_PAGE_SIZE: '5' });
    expectRefused(await strict.query('{ entity(id: "org:unodc") { relations { nodes { id } } } }'), 'BAD_USER_INPUT', /depth limit of 3/);
    expectRefused(await strict.query('{ neighbourhood(id: "org:unodc", depth: 3) { truncated } }'), 'BAD_USER_INPUT', /between 1 and 2/);
    expectRefused(await strict.query('{ entities(first: 6) { totalCount } }'), 'BAD_USER_INPUT', /between 1 and 5/);
    expect((await strict.query('{ entities(first: 5) { totalCount } }')).errors).toBeUndefined();
  });
});

describe('an operator hardens the API for production', () => {
  it('switches introspection off', async () => {
    const closed = createTestApi(executor, { GRAPHQL_INTROSPECTION: 'false' });
    const response = await closed.query('{ __schema { queryType { name } } }');
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.message).toMatch(/introspection has been disabled/);
    expect((await closed.query('{ stats { sources } }')).data).toEqual({ stats: { sources: 5 } });
    expect((await api.query('{ __schema { queryType { name } } }')).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('switches GraphiQL off', async () => {
    const page = (yoga: ReturnType<typeof createTestApi>['yoga']) => yoga.fetch('http://test/graphql', { headers: { accept: 'text/html' } });
    const open = await page(api.yoga);
    expect(open.status).toBe(200);
    expect(await open.text()).toContain('GraphiQL');
    const closed = await page(createTestApi(executor, { GRAPHIQL: 'false' }).yoga);
    expect(closed.status).not.toBe(200);
  });
});

describe('errors carry a code and a message, never internals', () => {
  it('reports an id nothing has as NOT_FOUND', async () => {
    const response = await api.query('{ neighbourhood(id: "org:nowhere") { truncated } }');
    expectRefused(response, 'NOT_FOUND', /^No entity has the id "org:nowhere"\.$/);
    expect(response.status).toBe(200);
  });

  it('reports a database it cannot reach as DATABASE_UNAVAILABLE (503), and recovers nothing it should not', async () => {
    const unreachable = createTestApi(executorAt(`bolt://127.0.0.1:${await freePort()}`));
    const response = await unreachable.query('{ entity(id: "org:unodc") { name } }');
    expect(response.status).toBe(503);
    expectRefused(response, 'DATABASE_UNAVAILABLE', /unavailable right now\. Please retry/);
    expectNoInternals(response);
  }, 30_000);

  it('reports a failing query as INTERNAL_SERVER_ERROR without the Cypher or a stack trace', async () => {
    const broken = createTestApi(executorAt(inject('neo4jUri'), 'no-such-database'));
    const response = await broken.query('{ stats { entities } }');
    expectRefused(response, 'INTERNAL_SERVER_ERROR', /^The query could not be completed\.$/);
    expectNoInternals(response);
  });

  it('gives a variable of the wrong type BAD_USER_INPUT before anything runs', async () => {
    const response = await api.query('query($depth: Int) { neighbourhood(id: "org:unodc", depth: $depth) { truncated } }', { depth: 'deep' });
    expect(response.status).toBe(400);
    expectRefused(response, 'BAD_USER_INPUT', /Variable "\$depth" got invalid value "deep"/);
  });
});

describe('the API reads in read transactions', () => {
  it('cannot write through its door to the database, even if a query tried to', async () => {
    const before = await graphCounts(executor);
    await expect(executor.read('CREATE (probe:Probe) RETURN probe')).rejects.toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
    expect(await graphCounts(executor)).toEqual(before);
  });
});

describe('a string argument that tries Cypher injection changes nothing', () => {
  const INJECTION = '"}) DETACH DELETE n //';
  /** What each field answers to the injection, exactly: nothing found, or a refusal with its code. */
  type Outcome = { data: unknown } | { code: 'NOT_FOUND' | 'BAD_USER_INPUT' };
  const ATTEMPTS: [string, string, Record<string, unknown>, Outcome][] = [
    ['entity', 'query($s: ID!) { entity(id: $s) { id } }', { s: INJECTION }, { data: { entity: null } }],
    ['relation', 'query($s: ID!) { relation(id: $s) { id } }', { s: INJECTION }, { data: { relation: null } }],
    ['neighbourhood', 'query($s: ID!) { neighbourhood(id: $s) { nodes { id } } }', { s: INJECTION }, { code: 'NOT_FOUND' }],
    ['paths', 'query($s: ID!) { paths(fromId: $s, toId: "org:unodc") { length } }', { s: INJECTION }, { code: 'NOT_FOUND' }],
    ['partnerRoles', 'query($s: ID) { partnerRoles(projectId: $s) { nodes { role } } }', { s: INJECTION }, { code: 'NOT_FOUND' }],
    ['partnerRoles (actor)', 'query($s: ID) { partnerRoles(actorId: $s) { nodes { role } } }', { s: INJECTION }, { code: 'NOT_FOUND' }],
    ['timeline', 'query($s: String) { timeline(from: $s) { nodes { id } } }', { s: INJECTION }, { code: 'BAD_USER_INPUT' }],
    ['entities', 'query($s: String) { entities(after: $s) { totalCount } }', { s: INJECTION }, { code: 'BAD_USER_INPUT' }],
  ];

  it.each(ATTEMPTS)('%s: finds nothing or refuses, and deletes nothing', async (_, query, variables, outcome) => {
    const before = await graphCounts(executor);
    const response = await api.query(query, variables);
    expectNoInternals(response);
    if ('code' in outcome) expectRefused(response, outcome.code, /./);
    else expect(response).toEqual({ status: 200, ...outcome });
    expect(await graphCounts(executor)).toEqual(before);
  });

  it('entities: a forged cursor holding the injection pages on from it as from any id, and deletes nothing', async () => {
    const before = await graphCounts(executor);
    const after = Buffer.from(JSON.stringify(['entity', INJECTION])).toString('base64url');
    const response = await api.query<{ entities: { nodes: { id: string }[] } }>('query($s: String) { entities(after: $s) { nodes { id } } }', { s: after });
    expectNoInternals(response);
    expect(response.errors).toBeUndefined();
    // Ids sort after '"', so the page is the first 20 entities in id order, not a Cypher fragment.
    const ids = response.data!.entities.nodes.map((node) => node.id);
    expect(ids).toHaveLength(20);
    expect(ids).toEqual([...ids].sort());
    expect(ids.every((id) => /^[a-z]+:[\w-]+$/.test(id))).toBe(true);
    expect(await graphCounts(executor)).toEqual(before);
  });

  it('search: reads the text as the words in it, whatever quotes and brackets surround them, and deletes nothing', async () => {
    const before = await graphCounts(executor);
    const search = async (text: string) =>
      await api.query<{ search: { nodes: { matched: string; entity: { id: string } }[] } }>(
        'query($s: String!) { search(text: $s) { nodes { matched entity { id } } } }',
        { s: text },
      );
    const plain = await search('Kazakhstan');
    expect(plain.data!.search.nodes.map((hit) => hit.entity.id)).toContain('state:KAZ');
    expect(await search('"}) Kazakhstan //')).toEqual(plain);
    const injected = await search(INJECTION);
    expectNoInternals(injected);
    expect(injected.errors).toBeUndefined();
    expect(await graphCounts(executor)).toEqual(before);
  });

  it('search: gives Lucene syntax no meaning (`*:*` would match every entity)', async () => {
    const response = await api.query('query($s: String!) { search(text: $s) { nodes { matched } } }', { s: '*:*' });
    expect(response).toEqual({ status: 200, data: { search: { nodes: [] } } });
  });
});
