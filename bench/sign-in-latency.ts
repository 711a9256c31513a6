/**
 * Sign-in latency on loopback: BENCH_SIGN_INS (default 50) sign-ins in a row through
 * POST /auth/sign-in with the right password, then as many with a wrong password and as many
 * for an unknown account (which should cost the same: the unknown account is checked against a
 * dummy hash), then `{ me { id } }` with and without a session cookie (the cost of reading the
 * session); prints p50/p95/max of each and the Argon2id parameters.
 *
 *   npx tsx bench/sign-in-latency.ts
 *
 * Starts and seeds its own Neo4j unless NEO4J_URI names a seeded one (it adds one account there).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { startLocalNeo4j, type LocalNeo4j } from '../neo4j-local/local-neo4j.js';
import { seedDatabase } from '../seed/index.js';
import { hashPassword, passwordMatches, PASSWORD_HASHING } from '../server/auth/passwords.js';
import { COMMAND_LINE, createAccount, type WriteTransaction } from '../server/auth/user-admin.js';
import { readConfig } from '../server/config.js';
import { startServer } from '../server/start-server.js';
import { freePort } from '../tests/support/ports.js';

const RUNS = Number(process.env.BENCH_SIGN_INS ?? 50);
const say = (line: string) => console.log(`[bench] ${line}`);

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

function row(label: string, millis: number[]): string {
  const sorted = [...millis].sort((a, b) => a - b);
  const cells = [percentile(sorted, 0.5), percentile(sorted, 0.95), sorted.at(-1)!].map((value) => value.toFixed(1).padStart(8));
  return `${label.padEnd(44)}${cells.join('')}`;
}

async function timed(runs: number, work: () => Promise<void>): Promise<number[]> {
  const millis: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    await work();
    millis.push(performance.now() - started);
  }
  return millis;
}

let neo4j: LocalNeo4j | undefined;
const home = join(process.cwd(), '.neo4j', `bench-sign-in-${process.pid}`);
try {
  let uri = process.env.NEO4J_URI;
  if (!uri) {
    neo4j = await startLocalNeo4j({ home, port: await freePort(), log: say });
    uri = neo4j.uri;
  }
  const config = readConfig({
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    // Each refusal is logged as a warning: the bench's own are expected.
    LOG_LEVEL: 'error',
    WARM_UP_QUERY_PLANS: 'false',
    // The refusals below are the bench's own: no limit should stop them.
    LOGIN_MAX_FAILURES_PER_ACCOUNT: '1000',
    LOGIN_MAX_FAILURES_PER_ADDRESS: '10000',
  });
  const api = await startServer({ config: { ...config, neo4j: { ...config.neo4j, uri } }, neo4jUri: uri });
  if (neo4j) await seedDatabase(api.executor);
  const email = `bench-${Date.now()}@bench.example`;
  const password = 'a bench password of some length';
  const write: WriteTransaction = (work) => api.executor.writeTransaction(work);
  await createAccount(write, { email, name: 'Bench', role: 'viewer', password }, COMMAND_LINE, { requestId: 'bench', address: 'bench' });

  const post = (body: object) =>
    fetch(`${api.url}/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  let cookie = '';
  const signInOnce = async () => {
    const response = await post({ email, password });
    if (response.status !== 200) throw new Error(`sign-in answered ${response.status}`);
    cookie = response.headers.getSetCookie()[0]!.split(';')[0]!;
    await response.text();
  };
  const refusedOnce = (body: object) => async () => {
    const response = await post(body);
    if (response.status !== 401) throw new Error(`refusal answered ${response.status}`);
    await response.text();
  };
  const me = (withCookie: boolean) => async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(withCookie && { cookie }) },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    await response.text();
  };

  // Warm-up: JIT, connection pool, query plans.
  await timed(5, signInOnce);
  await timed(5, refusedOnce({ email, password: 'wrong' }));
  const storedHash = await hashPassword(password);

  say(`Argon2id: memory ${PASSWORD_HASHING.memoryCost} KiB, ${PASSWORD_HASHING.timeCost} passes, parallelism ${PASSWORD_HASHING.parallelism}; ${RUNS} runs each, one at a time`);
  console.log(`${''.padEnd(44)}${'p50 ms'.padStart(8)}${'p95 ms'.padStart(8)}${'max ms'.padStart(8)}`);
  console.log(row('Argon2id hash (in process)', await timed(RUNS, () => hashPassword(password).then(() => undefined))));
  console.log(row('Argon2id verify (in process)', await timed(RUNS, () => passwordMatches(storedHash, password).then(() => undefined))));
  console.log(row('POST /auth/sign-in, right password', await timed(RUNS, signInOnce)));
  // Taken in turns, so that the machine's load falls on both alike.
  const wrong: number[] = [];
  const unknown: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    wrong.push(...(await timed(1, refusedOnce({ email, password: 'wrong password' }))));
    unknown.push(...(await timed(1, refusedOnce({ email: `nobody-${email}`, password: 'wrong password' }))));
  }
  console.log(row('POST /auth/sign-in, wrong password', wrong));
  console.log(row('POST /auth/sign-in, unknown account', unknown));
  console.log(row('{ me } anonymous', await timed(RUNS, me(false))));
  console.log(row('{ me } with a session cookie', await timed(RUNS, me(true))));
  await api.close();
} finally {
  await neo4j?.stop();
  if (neo4j) rmSync(home, { recursive: true, force: true });
}
