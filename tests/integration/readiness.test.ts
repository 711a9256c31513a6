import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalNeo4j, type LocalNeo4j } from '../../neo4j-local/local-neo4j.js';
import { waitForDatabase } from '../../scripts/wait-for-database.js';
import type { RunningServer } from '../../server/start-server.js';
import { freePort } from '../support/ports.js';
import { startTestServer } from '../support/server.js';

// This file stops and restarts a database, so it runs its own Neo4j rather than the shared one.
const home = join(process.cwd(), '.neo4j', 'test-runs', `readiness-${process.pid}`);
let port: number;
let neo4j: LocalNeo4j;
let server: RunningServer;

async function status(path: string): Promise<number> {
  return (await fetch(`${server.url}${path}`)).status;
}

async function eventually(check: () => Promise<boolean>, timeoutMillis = 30_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMillis;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}

beforeAll(async () => {
  port = await freePort();
  neo4j = await startLocalNeo4j({ home, port, pageCacheMiB: 64, heap: '512m' });
  server = await startTestServer({ neo4jUri: neo4j.uri });
  // As `npm start` does: a database that has just started answers its first query slowly on a loaded machine.
  await waitForDatabase(server.executor, () => {});
}, 180_000);

afterAll(async () => {
  await server?.close();
  await neo4j?.stop();
  rmSync(home, { recursive: true, force: true });
});

describe('the local Neo4j launcher', () => {
  it('refuses a second copy on the same data folder, saying why', async () => {
    await expect(startLocalNeo4j({ home, port: await freePort(), heap: '256m' })).rejects.toThrow(/already running on/);
  }, 60_000);
});

describe('readiness follows the database without restarting the server', () => {
  it('is alive and ready while the database runs', async () => {
    expect(await status('/healthz')).toBe(200);
    expect(await status('/readyz')).toBe(200);
  });

  it('reports not ready, and answers GraphQL with DATABASE_UNAVAILABLE (503), once the database stops', async () => {
    await neo4j.stop();
    expect(await status('/healthz')).toBe(200);
    expect(await status('/readyz')).toBe(503);
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: '{ entity(id: "org:unodc") { name } }' }),
    });
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(response.status).toBe(503);
    expect(body.errors[0]!.extensions.code).toBe('DATABASE_UNAVAILABLE');
    expect(body.errors[0]!.message).toMatch(/unavailable/i);
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+|MATCH|ServiceUnavailable/);
  }, 60_000);

  it('is ready again once the database is back on the same address', async () => {
    neo4j = await startLocalNeo4j({ home, port, pageCacheMiB: 64, heap: '512m' });
    expect(await eventually(async () => (await status('/readyz')) === 200)).toBe(true);
  }, 180_000);
});
