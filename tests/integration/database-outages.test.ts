import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { superviseLocalNeo4j, type SupervisedNeo4j } from '../../neo4j-local/supervisor.js';
import { readConfig } from '../../server/config.js';
import { createLogger } from '../../server/logger.js';
import { startServer, type RunningServer } from '../../server/start-server.js';
import { eventually } from '../support/eventually.js';
import { freePort } from '../support/ports.js';

// This file freezes and kills its database, so it runs its own Neo4j rather than the shared one.
const home = join(process.cwd(), '.neo4j', 'test-runs', `outages-${process.pid}`);
const TIMEOUT_MILLIS = 2_000;
const launcherLog: string[] = [];
let neo4j: SupervisedNeo4j;
let server: RunningServer;
let frozenPid: number | undefined;

interface Answer {
  status: number;
  millis: number;
  code: string | undefined;
  retryAfter: string | null;
  name?: string;
}

/** One GraphQL request, timed; a request that hangs is cut at 15 s, which every bound below is far under. */
async function ask(accept = 'application/graphql-response+json'): Promise<Answer> {
  const started = Date.now();
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept },
    body: JSON.stringify({ query: '{ entity(id: "org:unodc") { name } }' }),
    signal: AbortSignal.timeout(15_000),
  });
  const body = (await response.json()) as { data?: { entity: { name: string } | null }; errors?: { extensions: { code: string } }[] };
  return {
    status: response.status,
    millis: Date.now() - started,
    code: body.errors?.[0]?.extensions.code,
    retryAfter: response.headers.get('retry-after'),
    name: body.data?.entity?.name,
  };
}

async function readiness(): Promise<{ status: number; millis: number }> {
  const started = Date.now();
  const response = await fetch(`${server.url}/readyz`, { signal: AbortSignal.timeout(15_000) });
  return { status: response.status, millis: Date.now() - started };
}


const healthy = async () => (await readiness()).status === 200 && (await ask()).name !== undefined;

beforeAll(async () => {
  neo4j = await superviseLocalNeo4j({
    home,
    port: await freePort(),
    pageCacheMiB: 64,
    heap: '512m',
    // Long enough that Neo4j's restart (which takes the CPU) does not begin while the test
    // measures how fast requests fail without it.
    initialBackoffMillis: 8_000,
    log: (line) => launcherLog.push(line),
  });
  const config = readConfig({ ...process.env, NEO4J_URI: neo4j.uri, PORT: '0', HOST: '127.0.0.1', NEO4J_TRANSACTION_TIMEOUT_MS: String(TIMEOUT_MILLIS), NEO4J_PROBE_TIMEOUT_MS: '1500' });
  server = await startServer({ config, neo4jUri: neo4j.uri, logger: createLogger('silent') });
  // The test database is empty: the entity is created here (and gone with the folder afterwards).
  await server.executor.writeTransaction((transaction) => transaction.run(`CREATE (:Entity:Organization {id: 'org:unodc', name: 'UNODC', kind: 'Organization'})`));
}, 180_000);

afterAll(async () => {
  // A frozen process cannot even be stopped: thaw it first.
  if (frozenPid) process.kill(frozenPid, 'SIGCONT');
  await server?.close();
  await neo4j?.stop();
  rmSync(home, { recursive: true, force: true });
});

describe('a frozen database (kill -STOP) holds no request', () => {
  it('answers while the database runs', async () => {
    // A database that has just started on a loaded machine may take a moment to answer briskly.
    await eventually(healthy, 15_000);
    expect(await ask()).toMatchObject({ status: 200, name: expect.any(String) });
  }, 30_000);

  it('fails a request within its timeout, /readyz within two seconds, and then fails fast', async () => {
    frozenPid = neo4j.pid;
    process.kill(frozenPid, 'SIGSTOP');

    const first = await ask();
    expect(['DATABASE_TIMEOUT', 'DATABASE_UNAVAILABLE']).toContain(first.code);
    // The timeout, the executor's grace and slack for a loaded machine.
    expect(first.millis).toBeLessThan(TIMEOUT_MILLIS + 2_000);

    const ready = await readiness();
    expect(ready.status).toBe(503);
    expect(ready.millis).toBeLessThan(2_000);

    const next = await ask();
    expect(next).toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE', retryAfter: expect.stringMatching(/^\d+$/) });
    expect(next.millis).toBeLessThan(500);
  }, 30_000);

  it('recovers by itself once the database runs again', async () => {
    process.kill(frozenPid!, 'SIGCONT');
    frozenPid = undefined;
    await eventually(healthy, 15_000);
  }, 30_000);
});

describe('a dead database (kill -9): fail fast, then heal without a human', () => {
  it('refuses requests in milliseconds while the supervisor restarts Neo4j, then answers again', async () => {
    const killedPid = neo4j.pid;
    process.kill(killedPid, 'SIGKILL');

    // The first request finds the database gone (the driver retries for up to 3 s first, so it
    // may reach its own deadline before)…
    const first = await ask();
    expect(['DATABASE_TIMEOUT', 'DATABASE_UNAVAILABLE']).toContain(first.code);
    expect(first.millis).toBeLessThan(TIMEOUT_MILLIS + 2_000);
    // …and every request after it fails at once, even for plain application/json clients.
    const later: Answer[] = [];
    for (let index = 0; index < 20; index++) later.push(await ask(index % 2 ? 'application/json' : undefined));
    expect(later.filter((answer) => answer.code !== 'DATABASE_UNAVAILABLE' || answer.status !== 503)).toEqual([]);
    // Milliseconds, where each used to wait for the driver's retries (3 s and more); the machine's
    // load makes single requests spike, hence the median and a bound below one retry.
    const millis = later.map((answer) => answer.millis).sort((a, b) => a - b);
    expect(millis[10]).toBeLessThan(300);
    expect(millis.at(-1)).toBeLessThan(1_000);

    // Neo4j's own start: ten seconds on an idle machine, minutes on a loaded one.
    await eventually(healthy, 200_000);
    expect(neo4j.pid).not.toBe(killedPid);
    expect(neo4j.restarts).toBe(1);
    expect(launcherLog.join('\n')).toMatch(/exited unexpectedly \(SIGKILL\)[\s\S]*Restarting Neo4j in [\d.]+ s[\s\S]*Neo4j restarted/);
  }, 240_000);
});
