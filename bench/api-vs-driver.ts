/**
 * The API against the raw driver, on loopback: the same mix of the contract's queries fired with
 * autocannon for a fixed time at the GraphQL API and at a bare HTTP server doing the same Cypher
 * with neo4j-driver; prints requests/s and p50/p99 latency of both, and the ratio API / raw.
 *
 *   npx tsx bench/api-vs-driver.ts          (BENCH_SECONDS=10, BENCH_CONNECTIONS=8)
 *   BENCH_EACH=3 npx tsx bench/api-vs-driver.ts   also each operation alone, 3 s a side
 *
 * Starts its own Neo4j (neo4j-local) and seeds it, unless NEO4J_URI names one already seeded.
 */
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Request } from 'autocannon';
import { startLocalNeo4j, type LocalNeo4j } from '../neo4j-local/local-neo4j.js';
import { formatSummary, seedDatabase } from '../seed/index.js';
import { readConfig } from '../server/config.js';
import { createDriver } from '../server/database/driver.js';
import { startServer } from '../server/start-server.js';
import { compareEach, compareMix, formatMix, graphqlRequest, rawRequest } from './mix-comparison.js';
import { OPERATIONS } from './operations.js';
import { startRawDriverServer } from './raw-driver-server.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
const EACH_SECONDS = Number(process.env.BENCH_EACH ?? 0);
// Neo4j's JVM compiles its hot paths in the first seconds of load: measure after that.
const WARM_UP_SECONDS = 10;
const say = (line: string) => console.log(`[bench] ${line}`);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const apiRequests: Request[] = OPERATIONS.map((operation) => graphqlRequest(operation.graphql));
const rawRequests: Request[] = OPERATIONS.map((_, index) => rawRequest(index));

/** Each operation once on each side: a benchmark of errors would measure nothing. */
async function checkBothSides(apiUrl: string, rawUrl: string): Promise<void> {
  for (const [index, operation] of OPERATIONS.entries()) {
    const api = await fetch(`${apiUrl}/graphql`, { method: 'POST', headers: apiRequests[index]!.headers, body: apiRequests[index]!.body });
    const body = (await api.json()) as { errors?: unknown[] };
    const raw = await fetch(`${rawUrl}/${index}`, { method: 'POST' });
    await raw.text();
    if (api.status !== 200 || body.errors || raw.status !== 200) {
      throw new Error(`${operation.name}: API ${api.status} ${JSON.stringify(body.errors ?? '')}, raw ${raw.status}`);
    }
  }
}

let neo4j: LocalNeo4j | undefined;
const home = join(process.cwd(), '.neo4j', `bench-${process.pid}`);
try {
  let uri = process.env.NEO4J_URI;
  const config = readConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
  if (!uri) {
    neo4j = await startLocalNeo4j({ home, port: await freePort(), log: say });
    uri = neo4j.uri;
    say(`Local Neo4j ready at ${uri} in ${(neo4j.startupMillis / 1000).toFixed(1)} s`);
  }
  const api = await startServer({ config: { ...config, neo4j: { ...config.neo4j, uri } }, neo4jUri: uri });
  if (neo4j) console.log(formatSummary(await seedDatabase(api.executor)));
  const driver = createDriver({ ...config.neo4j, uri });
  const raw = await startRawDriverServer(driver, config.neo4j.database);
  await checkBothSides(api.url, raw.url);

  say(`Warming up both sides (${WARM_UP_SECONDS} s each), then ${SECONDS} s each, ${CONNECTIONS} connections, a mix of ${OPERATIONS.length} queries:`);
  say(OPERATIONS.map((operation) => operation.name).join(', '));
  const figures = await compareMix({
    apiUrl: api.url, rawUrl: raw.url, apiRequests, rawRequests, seconds: SECONDS, connections: CONNECTIONS, warmUpSeconds: WARM_UP_SECONDS,
  });
  console.log(`\n${formatMix(figures)}`);

  if (EACH_SECONDS > 0) {
    console.log(`\n${'operation'.padEnd(36)}${'API req/s'.padStart(10)}${'raw req/s'.padStart(10)}${'API / raw'.padStart(10)}`);
    const each = await compareEach({ apiUrl: api.url, rawUrl: raw.url, apiRequests, rawRequests, seconds: EACH_SECONDS, connections: CONNECTIONS });
    for (const [index, operation] of OPERATIONS.entries()) {
      const { api: alone, raw: baseline } = each[index]!;
      const share = `${((alone / baseline) * 100).toFixed(0)} %`;
      console.log(`${operation.name.padEnd(36)}${alone.toFixed(0).padStart(10)}${baseline.toFixed(0).padStart(10)}${share.padStart(10)}`);
    }
  }

  await raw.close();
  await driver.close();
  await api.close();
} finally {
  await neo4j?.stop();
  if (neo4j) rmSync(home, { recursive: true, force: true });
}
