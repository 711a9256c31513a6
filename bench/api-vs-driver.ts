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
import autocannon, { type Request, type Result } from 'autocannon';
import { startLocalNeo4j, type LocalNeo4j } from '../neo4j-local/local-neo4j.js';
import { formatSummary, seedDatabase } from '../seed/index.js';
import { readConfig } from '../server/config.js';
import { createDriver } from '../server/database/driver.js';
import { startServer } from '../server/start-server.js';
import { OPERATIONS } from './operations.js';
import { startRawDriverServer } from './raw-driver-server.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
const EACH_SECONDS = Number(process.env.BENCH_EACH ?? 0);
const SEGMENTS_PER_SIDE = 4;
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

const apiRequests: Request[] = OPERATIONS.map((operation) => ({
  method: 'POST',
  path: '/graphql',
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
  body: JSON.stringify(operation.graphql),
}));
const rawRequests: Request[] = OPERATIONS.map((_, index) => ({ method: 'POST', path: `/${index}`, body: '' }));

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

function fire(url: string, requests: Request[], duration: number): Promise<Result> {
  // One worker thread fires the requests, so the servers keep the main thread to themselves.
  return autocannon({ url, connections: CONNECTIONS, duration, pipelining: 1, workers: 1, requests });
}

interface Figures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  total: number;
  failures: number;
}

/** The segments of one side: requests/s over all of them, latency percentiles averaged. */
function combine(runs: Result[]): Figures {
  const total = runs.reduce((sum, run) => sum + run.requests.total, 0);
  const mean = (value: (run: Result) => number) => runs.reduce((sum, run) => sum + value(run), 0) / runs.length;
  return {
    requestsPerSecond: total / runs.reduce((sum, run) => sum + run.duration, 0),
    p50: mean((run) => run.latency.p50),
    p99: mean((run) => run.latency.p99),
    total,
    failures: runs.reduce((sum, run) => sum + run.errors + run.timeouts + run.non2xx, 0),
  };
}

function line(side: string, result: Figures): string {
  return `${side.padEnd(12)}${result.requestsPerSecond.toFixed(0).padStart(9)}${result.p50.toFixed(1).padStart(10)}${result.p99.toFixed(1).padStart(10)}${String(result.total).padStart(10)}${String(result.failures).padStart(10)}`;
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
  await fire(api.url, apiRequests, WARM_UP_SECONDS);
  await fire(raw.url, rawRequests, WARM_UP_SECONDS);
  // A B B A A B B A in 2.5 s segments: each side runs early and late alike, so a drift in the
  // machine's load (other work, the JIT warming up) weighs on both sides the same.
  const apiRuns: Result[] = [];
  const rawRuns: Result[] = [];
  const segment = SECONDS / SEGMENTS_PER_SIDE;
  const runApi = async () => apiRuns.push(await fire(api.url, apiRequests, segment));
  const runRaw = async () => rawRuns.push(await fire(raw.url, rawRequests, segment));
  for (let pair = 0; pair < SEGMENTS_PER_SIDE; pair += 1) {
    for (const run of pair % 2 === 0 ? [runApi, runRaw] : [runRaw, runApi]) await run();
  }
  const apiResult = combine(apiRuns);
  const rawResult = combine(rawRuns);

  console.log(`\n${'side'.padEnd(12)}${'req/s'.padStart(9)}${'p50 ms'.padStart(10)}${'p99 ms'.padStart(10)}${'requests'.padStart(10)}${'failures'.padStart(10)}`);
  console.log(line('GraphQL API', apiResult));
  console.log(line('raw driver', rawResult));
  const ratio = apiResult.requestsPerSecond / rawResult.requestsPerSecond;
  console.log(`\nAPI / raw: ${ratio.toFixed(2)} (${(ratio * 100).toFixed(0)} % of the raw driver's requests/s); latency p50 ${(apiResult.p50 / rawResult.p50).toFixed(2)}×, p99 ${(apiResult.p99 / rawResult.p99).toFixed(2)}× the raw driver's.`);

  if (EACH_SECONDS > 0) {
    console.log(`\n${'operation'.padEnd(36)}${'API req/s'.padStart(10)}${'raw req/s'.padStart(10)}${'API / raw'.padStart(10)}`);
    for (const [index, operation] of OPERATIONS.entries()) {
      const alone = await fire(api.url, [apiRequests[index]!], EACH_SECONDS);
      const baseline = await fire(raw.url, [rawRequests[index]!], EACH_SECONDS);
      const share = `${((alone.requests.average / baseline.requests.average) * 100).toFixed(0)} %`;
      console.log(`${operation.name.padEnd(36)}${alone.requests.average.toFixed(0).padStart(10)}${baseline.requests.average.toFixed(0).padStart(10)}${share.padStart(10)}`);
    }
  }

  await raw.close();
  await driver.close();
  await api.close();
} finally {
  await neo4j?.stop();
  if (neo4j) rmSync(home, { recursive: true, force: true });
}
