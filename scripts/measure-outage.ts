/**
 * `npm run measure:outage`: what clients see when the database freezes or dies. Starts its own
 * supervised local Neo4j (free port, throwaway home) and the API, then prints: /readyz and a
 * query's latency with the database frozen (kill -STOP) and the time to recover after kill -CONT;
 * with the database killed (kill -9), the time each request takes to get DATABASE_UNAVAILABLE,
 * the request rate 10 concurrent clients get, and the time until the supervisor has healed it.
 * Figures, not a test: the machine's load moves them.
 */
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { superviseLocalNeo4j } from '../neo4j-local/supervisor.js';
import { readConfig } from '../server/config.js';
import { createLogger } from '../server/logger.js';
import { startServer } from '../server/start-server.js';

const QUERY = '{ entity(id: "org:unodc") { name } }';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function timed<T>(work: () => Promise<T>): Promise<{ millis: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { millis: performance.now() - started, value };
}

async function ask(url: string, query = QUERY): Promise<string> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  return `${response.status} ${body.errors?.[0]?.extensions?.code ?? 'ok'}`;
}

const ready = async (url: string) => (await fetch(`${url}/readyz`)).status;

async function untilHealthy(url: string): Promise<void> {
  while ((await ready(url)) !== 200 || (await ask(url)) !== '200 ok') await new Promise((resolve) => setTimeout(resolve, 100));
}

/** Ten clients asking as fast as they get answers for five seconds. */
async function throughput(url: string, seconds = 5, query = QUERY): Promise<string> {
  const deadline = Date.now() + seconds * 1_000;
  const answers = new Map<string, number>();
  const latencies: number[] = [];
  await Promise.all(
    Array.from({ length: 10 }, async () => {
      while (Date.now() < deadline) {
        const { millis, value } = await timed(() => ask(url, query));
        latencies.push(millis);
        answers.set(value, (answers.get(value) ?? 0) + 1);
      }
    }),
  );
  const counts = [...answers].map(([answer, count]) => `${count}× ${answer}`).join(', ');
  return `${(latencies.length / seconds).toFixed(0)} requests/s with 10 concurrent clients, median ${ms(median(latencies))} (${counts})`;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (millis: number) => `${millis.toFixed(0)} ms`;

const home = join(process.cwd(), '.neo4j', `measure-outage-${process.pid}`);
const neo4j = await superviseLocalNeo4j({ home, port: await freePort(), pageCacheMiB: 64, heap: '512m', log: (line) => console.log(`  [neo4j] ${line}`) });
const config = readConfig({ ...process.env, NEO4J_URI: neo4j.uri, PORT: '0', HOST: '127.0.0.1' });
const server = await startServer({ config, neo4jUri: neo4j.uri, logger: createLogger('silent') });
try {
  await untilHealthy(server.url);
  console.log(`database up: ${ms((await timed(() => ask(server.url))).millis)} for one request`);

  const frozenPid = neo4j.pid;
  process.kill(frozenPid, 'SIGSTOP');
  const frozenQuery = await timed(() => ask(server.url));
  const frozenReady = [];
  for (let index = 0; index < 3; index++) frozenReady.push(await timed(() => ready(server.url)));
  const afterFreeze = await timed(() => ask(server.url));
  console.log(`database frozen: a query got ${frozenQuery.value} in ${ms(frozenQuery.millis)}, the next ${afterFreeze.value} in ${ms(afterFreeze.millis)}`);
  console.log(`database frozen: /readyz answered ${frozenReady.map((probe) => `${probe.value} in ${ms(probe.millis)}`).join(', ')}`);
  process.kill(frozenPid, 'SIGCONT');
  console.log(`database thawed: healthy again after ${ms((await timed(() => untilHealthy(server.url))).millis)}`);

  const killedAt = performance.now();
  process.kill(neo4j.pid, 'SIGKILL');
  const first = await timed(() => ask(server.url));
  const sequential: number[] = [];
  for (let index = 0; index < 10; index++) sequential.push((await timed(() => ask(server.url))).millis);
  console.log(`database killed: the first request got ${first.value} in ${ms(first.millis)}; the next ten a median ${ms(median(sequential))}, max ${ms(Math.max(...sequential))}`);

  console.log(`database killed, restarting: ${await throughput(server.url)}`);

  await untilHealthy(server.url);
  console.log(`database killed: healed by the supervisor ${ms(performance.now() - killedAt)} after the kill (Neo4j's own start took ${ms(neo4j.startupMillis)})`);

  // Stopped for good (no restart eating the CPU meanwhile): the figure to compare across versions.
  await neo4j.stop();
  const stoppedFirst = await timed(() => ask(server.url));
  console.log(`database stopped: the first request got ${stoppedFirst.value} in ${ms(stoppedFirst.millis)}; then ${await throughput(server.url)}`);
  console.log(`for reference, a query that needs no database ({ __typename }): ${await throughput(server.url, 5, '{ __typename }')}`);
} finally {
  await server.close();
  await neo4j.stop();
  rmSync(home, { recursive: true, force: true });
}
