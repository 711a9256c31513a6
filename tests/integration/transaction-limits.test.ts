import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readConfig } from '../../server/config.js';
import { createDriver } from '../../server/database/driver.js';
import { Executor, type CallOptions, type Parameters, type Row } from '../../server/database/executor.js';
import { createGraphqlServer } from '../../server/graphql/yoga.js';
import { createHttpServer } from '../../server/http/app.js';
import { createLogger } from '../../server/logger.js';
import { createTestExecutor } from '../support/database.js';
import { eventually } from '../support/eventually.js';

// Ten billion rows to count: minutes of work unless something stops it. The marker finds it in SHOW TRANSACTIONS.
const MARKER = 'slow-query-under-test';
const SLOW_CYPHER = `UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b WITH a, b WHERE a + b < 0 RETURN count(*) AS never, '${MARKER}' AS marker`;

/** The real executor on the real database, where every read the API makes is the slow query above. */
class SlowDatabaseExecutor extends Executor {
  override read(_query: string, _parameters: Parameters = {}, options: CallOptions = {}): Promise<Row[]> {
    return super.read(SLOW_CYPHER, {}, options);
  }
}

function slowExecutor(environment: Record<string, string>): SlowDatabaseExecutor {
  const uri = inject('neo4jUri');
  const config = readConfig({ ...process.env, ...environment, NEO4J_URI: uri });
  return new SlowDatabaseExecutor(createDriver({ ...config.neo4j, uri }), config.neo4j.database, createLogger('silent'), {
    readTimeoutMillis: config.neo4j.readTimeoutMillis,
  });
}

const observer = createTestExecutor();
const executors: Executor[] = [observer];
let server: Server | undefined;

/** The slow query's transactions still running in the database (a terminated one is listed until it has unwound). */
async function runningSlowQueries(): Promise<number> {
  const rows = await observer.read(
    `SHOW TRANSACTIONS YIELD currentQuery, status
     WHERE currentQuery CONTAINS $marker AND NOT status STARTS WITH 'Terminated'
     RETURN count(*) AS running`,
    { marker: `'${MARKER}' AS marker` },
  );
  return rows[0]!.running as number;
}


beforeAll(async () => {
  expect(await runningSlowQueries()).toBe(0);
});

afterAll(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  for (const executor of executors) await executor.close();
});

describe('every transaction has a timeout', () => {
  it('stops a query that outlives NEO4J_TRANSACTION_TIMEOUT_MS in the database and says DATABASE_TIMEOUT', async () => {
    const executor = createTestExecutor(undefined, { NEO4J_TRANSACTION_TIMEOUT_MS: '1500' });
    executors.push(executor);
    const started = Date.now();
    const failure = await executor.read(SLOW_CYPHER).then(
      () => undefined,
      (error: unknown) => error,
    );
    const waited = Date.now() - started;
    expect(failure).toMatchObject({ code: 'DATABASE_TIMEOUT', message: expect.stringMatching(/did not answer within 1\.5 s/) });
    expect(waited).toBeGreaterThanOrEqual(1_400);
    // The timeout plus the executor's grace, plus slack for a loaded machine; never minutes.
    expect(waited).toBeLessThan(4_000);
    // The database itself stopped it: nothing of it keeps running.
    await eventually(async () => (await runningSlowQueries()) === 0, 2_000, 100);
  }, 20_000);

  it('answers a GraphQL query whose database work times out with DATABASE_TIMEOUT (504 when no data is left)', async () => {
    const executor = slowExecutor({ NEO4J_TRANSACTION_TIMEOUT_MS: '1000' });
    executors.push(executor);
    const config = readConfig({ ...process.env, NEO4J_URI: inject('neo4jUri') });
    const yoga = createGraphqlServer({ config, executor, logger: createLogger('silent') });
    const response = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      // A non-null field: its failure leaves no data at all, so the status can say what happened.
      body: JSON.stringify({ query: '{ entities(first: 1) { totalCount } }' }),
      signal: AbortSignal.timeout(10_000),
    });
    const body = (await response.json()) as { data?: unknown; errors: { message: string; extensions: { code: string } }[] };
    expect(response.status).toBe(504);
    expect(body.data).toBeNull();
    expect(body.errors.map((error) => error.extensions.code)).toEqual(['DATABASE_TIMEOUT']);
    expect(body.errors[0]!.message).toMatch(/did not answer within 1 s\. Retry later, or ask for less/);
    expect(JSON.stringify(body)).not.toMatch(/UNWIND|Neo4jError|at .*\.ts:\d+/);
    await eventually(async () => (await runningSlowQueries()) === 0, 2_000, 100);
  }, 20_000);
});

describe('a client that goes away takes its database work with it', () => {
  it('stops the transaction within a second or two once the HTTP request is aborted', async () => {
    // A long timeout, so that only the cancellation can stop the query this soon.
    const executor = slowExecutor({ NEO4J_TRANSACTION_TIMEOUT_MS: '60000' });
    executors.push(executor);
    const config = readConfig({ ...process.env, NEO4J_URI: inject('neo4jUri') });
    const logger = createLogger('silent');
    const yoga = createGraphqlServer({ config, executor, logger });
    server = createHttpServer({ yoga, executor, logger, maxBodyBytes: config.maxBodyBytes });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;

    const client = new AbortController();
    const request = fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ entity(id: "org:unodc") { name } }' }),
      signal: client.signal,
    }).catch((error: unknown) => error);
    await eventually(async () => (await runningSlowQueries()) === 1, 10_000, 100);

    client.abort();
    expect(await request).toMatchObject({ name: 'AbortError' });
    const gone = await eventually(async () => (await runningSlowQueries()) === 0, 2_000, 100);
    expect(gone).toBeLessThan(2_000);
  }, 30_000);
});
