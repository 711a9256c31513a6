import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCookbook } from '../../server/graphql/cookbook.js';
import type { RunningServer } from '../../server/start-server.js';
import { createTestApi } from '../support/api.js';
import { createTestExecutor } from '../support/database.js';
import { startTestServer } from '../support/server.js';

const executor = createTestExecutor();
const { yoga } = createTestApi(executor);
let server: RunningServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
  await executor.close();
});

const GRAPHQL_RESPONSE = 'application/graphql-response+json';
const STATS = '{ stats { sources } }';

async function get(query: string, headers: Record<string, string> = {}): Promise<Response> {
  return await yoga.fetch(`http://test/graphql?query=${encodeURIComponent(query)}`, { headers: { accept: GRAPHQL_RESPONSE, ...headers } });
}

async function post(body: string, headers: Record<string, string> = {}): Promise<Response> {
  return await yoga.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: GRAPHQL_RESPONSE, ...headers },
    body,
  });
}

describe('the API speaks GraphQL over HTTP', () => {
  it('answers a query sent with GET (with the preflight header) in application/graphql-response+json', async () => {
    const response = await get(STATS, { 'GraphQL-Require-Preflight': '1' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/graphql-response\+json; charset=utf-8/);
    expect(await response.json()).toEqual({ data: { stats: { sources: 5 } } });
  });

  it('answers a query sent with POST', async () => {
    const response = await post(JSON.stringify({ query: 'query Q($id: ID!) { entity(id: $id) { name } }', variables: { id: 'state:KAZ' }, operationName: 'Q' }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { entity: { name: 'Kazakhstan' } } });
  });

  it('answers in application/json to a client that accepts only that', async () => {
    const response = await post(JSON.stringify({ query: STATS }), { accept: 'application/json' });
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.status).toBe(200);
  });

  it('refuses what it cannot answer in an acceptable type (406) and methods other than GET and POST (405)', async () => {
    expect((await post(JSON.stringify({ query: STATS }), { accept: 'application/xml' })).status).toBe(406);
    expect((await yoga.fetch('http://test/graphql', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(405);
  });

  it.each([
    ['a body that is not JSON', '{"query":', 'BAD_REQUEST'],
    ['no query', '{"qeury": "{ stats { sources } }"}', 'BAD_REQUEST'],
    ['a document that does not parse', '{"query": "{ stats {"}', 'GRAPHQL_PARSE_FAILED'],
    ['a field the schema does not have', '{"query": "{ statistics }"}', 'GRAPHQL_VALIDATION_FAILED'],
    ['an unknown operation name', '{"query": "query A { stats { sources } }", "operationName": "B"}', 'OPERATION_RESOLUTION_FAILURE'],
  ])('answers %s with 400 and no data', async (_, body, code) => {
    const response = await post(body);
    const result = (await response.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
    expect(response.status).toBe(400);
    expect(result.data).toBeUndefined();
    expect(result.errors[0]!.extensions.code).toBe(code);
  });

  it('answers a refused argument with 400 when nothing could be answered, and with 200 beside other data', async () => {
    const refused = await post(JSON.stringify({ query: '{ stats { sources } paths(fromId: "org:unodc", toId: "org:unodc") { length } }' }));
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { data: unknown }).data).toBeNull();
    const partial = await post(
      JSON.stringify({ query: '{ stats { sources } entity(id: "org:unodc") { relations(first: 0) { totalCount } } }' }),
    );
    expect(partial.status).toBe(200);
    expect(((await partial.json()) as { data: unknown }).data).toEqual({ stats: { sources: 5 }, entity: null });
  });

  it('runs no mutation over GET (405): GET is for queries only', async () => {
    const response = await get('mutation { stats }', { 'GraphQL-Require-Preflight': '1' });
    expect(response.status).toBe(405);
  });
});

describe('a browser on another site cannot make the API run a query (CSRF)', () => {
  it('refuses a GET without a preflight header (403)', async () => {
    const response = await get(STATS);
    expect(response.status).toBe(403);
    expect(((await response.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/CSRF/);
  });

  it('refuses a POST a form could send (403), and accepts JSON', async () => {
    const form = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `query=${encodeURIComponent(STATS)}`,
    });
    expect(form.status).toBe(403);
    const text = await yoga.fetch('http://test/graphql', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: STATS }) });
    expect(text.status).toBe(403);
    expect((await post(JSON.stringify({ query: STATS }))).status).toBe(200);
  });
});

/** Raw HTTP, so that the test controls Content-Length and chunking exactly. */
function rawPost(url: string, body: string, headers: Record<string, string | number>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
    });
    request.on('error', reject);
    request.end(body);
  });
}

describe('the HTTP server bounds what it reads', () => {
  it('refuses a body larger than MAX_BODY_BYTES with 413 before reading it', async () => {
    const body = JSON.stringify({ query: STATS, variables: { padding: 'x'.repeat(200_000) } });
    const response = await rawPost(server.url, body, { 'content-length': Buffer.byteLength(body) });
    expect(response.status).toBe(413);
    expect(response.body).toMatch(/larger than 100000 bytes/);
  });

  it('asks for a Content-Length when a body is sent in chunks (411)', async () => {
    const response = await rawPost(server.url, JSON.stringify({ query: STATS }), { 'transfer-encoding': 'chunked' });
    expect(response.status).toBe(411);
  });

  it('serves the API on the port, GET and POST alike', async () => {
    const viaGet = await fetch(`${server.url}/graphql?query=${encodeURIComponent(STATS)}`, { headers: { 'GraphQL-Require-Preflight': '1' } });
    expect(await viaGet.json()).toEqual({ data: { stats: { sources: 5 } } });
    const viaPost = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: STATS }) });
    expect(await viaPost.json()).toEqual({ data: { stats: { sources: 5 } } });
  });
});

describe('GraphiQL opens with the cookbook', () => {
  it('serves GraphiQL to a browser with one example tab per cookbook question', async () => {
    const response = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const page = await response.text();
    const recipes = readCookbook();
    expect(recipes.length).toBe(21);
    for (const recipe of recipes) expect(page).toContain(JSON.stringify(recipe.question).slice(1, -1));
  });
});
