import { afterAll, describe, expect, inject, it } from 'vitest';
import { readQuery } from '../../cypher/index.js';
import { readConfig } from '../../server/config.js';
import { createDriver } from '../../server/database/driver.js';
import { Executor, type Parameters, type Row } from '../../server/database/executor.js';
import { createGraphqlServer } from '../../server/graphql/yoga.js';
import { createLogger, inRequest } from '../../server/logger.js';
import { createTestApi } from '../support/api.js';
import { createTestExecutor } from '../support/database.js';
import { memoryLogger } from '../support/log.js';

const executor = createTestExecutor();
const { yoga } = createTestApi(executor);

/** The real database, as it would be after a broken import: evidence cites sources it lacks. */
class ExecutorMissingSources extends Executor {
  static readonly SOURCES_BY_ID = readQuery('sources-by-id');

  override read(query: string, parameters?: Parameters): Promise<Row[]> {
    return query === ExecutorMissingSources.SOURCES_BY_ID ? Promise.resolve([]) : super.read(query, parameters);
  }
}
const config = readConfig({ NEO4J_URI: inject('neo4jUri') });
const brokenImport = new ExecutorMissingSources(createDriver({ ...config.neo4j, uri: inject('neo4jUri') }), config.neo4j.database, createLogger('silent'));

afterAll(async () => {
  await executor.close();
  await brokenImport.close();
});

type Body = { data?: unknown; errors: { message: string; extensions: Record<string, unknown> }[] };

const GRAPHQL_RESPONSE = 'application/graphql-response+json';

async function post(body: string, accept = GRAPHQL_RESPONSE): Promise<{ status: number; body: Body; text: string }> {
  const response = await yoga.fetch('http://test/graphql', { method: 'POST', headers: { 'content-type': 'application/json', accept }, body });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as Body, text };
}

describe('a malformed request is a 400 with a code, in either media type', () => {
  it.each([GRAPHQL_RESPONSE, 'application/json'])('refuses a subscription (the API has none) as invalid, 400 in every media type: %s', async (accept) => {
    const { status, body } = await post(JSON.stringify({ query: 'subscription { x }' }), accept);
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors).toMatchObject([{ message: 'The API answers queries and mutations only: it has no subscription operations.', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }]);
  });

  it('refuses a mutation the schema lacks as a validation error, before any resolver runs', async () => {
    const { status, body } = await post(JSON.stringify({ query: 'mutation { x }' }));
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors).toMatchObject([{ message: 'Cannot query field "x" on type "Mutation".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }]);
  });

  it.each([GRAPHQL_RESPONSE, 'application/json'])('refuses an empty body ({}) with 400 BAD_REQUEST: %s', async (accept) => {
    const { status, body } = await post('{}', accept);
    expect(status).toBe(400);
    expect(body).toEqual({ errors: [{ message: 'Must provide query string.', extensions: { code: 'BAD_REQUEST' } }] });
  });

  it.each([GRAPHQL_RESPONSE, 'application/json'])('refuses a body that is not JSON with 400, without repeating it: %s', async (accept) => {
    const { status, body, text } = await post('{"query": "{ stats { sources } }", "password": "hunter2', accept);
    expect(status).toBe(400);
    expect(body).toEqual({ errors: [{ message: 'POST body sent invalid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
    expect(text).not.toContain('hunter2');
  });

  it.each([
    ['variables', '{"depth": 2'],
    ['extensions', 'not json'],
  ])('refuses a GET whose %s are not JSON with 400 BAD_REQUEST', async (parameter, value) => {
    const query = encodeURIComponent('query($depth: Int) { neighbourhood(id: "org:unodc", depth: $depth) { truncated } }');
    const response = await yoga.fetch(`http://test/graphql?query=${query}&${parameter}=${encodeURIComponent(value)}`, {
      headers: { accept: GRAPHQL_RESPONSE, 'GraphQL-Require-Preflight': '1' },
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [{ message: 'The "variables" and "extensions" URL parameters must be JSON objects.', extensions: { code: 'BAD_REQUEST' } }],
    });
  });
});

describe('a fault of the server is a 500-class error naming the request, never NOT_FOUND', () => {
  it('reports evidence citing a source the database lacks (a broken import) as INTERNAL_SERVER_ERROR, and logs why', async () => {
    const log = memoryLogger();
    const api = createGraphqlServer({ config: readConfig({}), executor: brokenImport, logger: log.logger });
    const response = await inRequest('broken-import-1', () =>
      api.fetch('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: GRAPHQL_RESPONSE },
        body: JSON.stringify({ query: '{ entity(id: "org:unodc") { evidence { source { title } } } }' }),
      }),
    );
    const body = (await response.json()) as Body;
    expect(body.data).toEqual({ entity: null });
    expect(body.errors).toEqual([
      expect.objectContaining({ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'broken-import-1' } }),
    ]);
    // The log line says what broke (pino's `err`: type, message, stack), under the same id.
    const logged = log.lines.filter((line) => line.requestId === 'broken-import-1' && line.level === 50);
    expect(logged.length).toBeGreaterThan(0);
    expect(logged[0]!.err).toMatchObject({ type: 'Error', message: expect.stringMatching(/^Evidence cites the source "src:\d+", which the database does not hold \(broken import\)\.$/) });
    expect(logged[0]!.err!.stack).toMatch(/entities\/resolvers\.ts/);
  });
});
