/**
 * The workspace under load: viewers read the graph while editors propose partner roles and
 * reviewers accept them. Prints the read latency (p50/p95) without and with the writers, each
 * mutation's latency, and the review flow's timings (proposed → in the queue → accepted → seen
 * by a viewer). A script that prints figures, never a timed test.
 *
 *   npx tsx bench/workspace-load.ts        (BENCH_SECONDS=15 per phase, BENCH_READERS=6, BENCH_EDITORS=2)
 *
 * Starts its own Neo4j (neo4j-local) and seeds it, unless NEO4J_URI names one already seeded.
 * Requests carry `x-bench-viewer` (a bench-only authenticator on loopback): what is measured is
 * the API's work behind the role guard, not the sign-in.
 */
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { startLocalNeo4j, type LocalNeo4j } from '../neo4j-local/local-neo4j.js';
import { seedDatabase } from '../seed/index.js';
import type { Authenticator, Viewer } from '../server/auth/viewer.js';
import { readConfig } from '../server/config.js';
import { createExecutor } from '../server/database/driver.js';
import { createGraphqlServer } from '../server/graphql/yoga.js';
import { createHttpServer } from '../server/http/app.js';
import { createLogger } from '../server/logger.js';
import { OPERATIONS } from './operations.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const READERS = Number(process.env.BENCH_READERS ?? 6);
const EDITORS = Number(process.env.BENCH_EDITORS ?? 2);
const PROJECT = 'project:terrorism-arms-crime-nexus';
const say = (line: string) => console.log(`[bench] ${line}`);

const BENCH_AUTHENTICATOR: Authenticator = {
  async viewerOf(request) {
    const header = request.headers.get('x-bench-viewer');
    return header ? (JSON.parse(header) as Viewer) : null;
  },
};

function user(role: Viewer['role']): Viewer {
  return { userId: `user:bench-${randomUUID()}`, name: `bench ${role}`, role, sessionId: randomUUID() };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function percentile(values: readonly number[], share: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const line = (name: string, values: readonly number[]) =>
  `${name.padEnd(44)}${String(values.length).padStart(7)}${ms(percentile(values, 0.5)).padStart(12)}${ms(percentile(values, 0.95)).padStart(12)}`;

async function call(url: string, viewer: Viewer | null, query: string, variables: Record<string, unknown> = {}): Promise<{ millis: number; data: any }> {
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(viewer && { 'x-bench-viewer': JSON.stringify(viewer) }) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
  const millis = performance.now() - started;
  if (body.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors)}`);
  return { millis, data: body.data };
}

/** Reads that failed (a timeout on a loaded machine, say), by phase: reported, not hidden. */
const failedReads: Record<string, number> = {};
let failedWrites = 0;

/** Viewers reading the contract's mix of queries for `seconds`: every answer's latency. */
async function readLoad(url: string, seconds: number, phase: string): Promise<number[]> {
  const latencies: number[] = [];
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: READERS }, async (_, reader) => {
      for (let index = reader; performance.now() < until; index += 1) {
        const operation = OPERATIONS[index % OPERATIONS.length]!;
        try {
          latencies.push((await call(url, null, operation.graphql.query, operation.graphql.variables ?? {})).millis);
        } catch {
          failedReads[phase] = (failedReads[phase] ?? 0) + 1;
        }
      }
    }),
  );
  return latencies;
}

interface WriteFigures {
  propose: number[];
  accept: number[];
  inQueue: number[];
  visible: number[];
  flow: number[];
}

/** Editors proposing relations of actors of their own, reviewers accepting them, until `stop`. */
async function writeLoad(url: string, actors: string[], stop: { done: boolean }): Promise<WriteFigures> {
  const figures: WriteFigures = { propose: [], accept: [], inQueue: [], visible: [], flow: [] };
  const types = ['FUNDS', 'COLLABORATES_ON', 'BENEFITS_FROM', 'SUPPORTS'];
  await Promise.all(
    Array.from({ length: EDITORS }, async (_, writer) => {
      const editor = user('editor');
      const reviewer = user('reviewer');
      for (let round = 0; !stop.done; round += 1) {
        try {
          const actor = actors[(writer + round * EDITORS) % actors.length]!;
          const started = performance.now();
          const proposed = await call(url, editor, 'mutation ($input: ProposeRelationInput!) { proposeRelation(input: $input) { id subjectId } }', {
            input: { type: types[round % types.length], from: actor, to: PROJECT, startDate: '2024', evidence: { editorNote: `bench round ${round}` } },
          });
          figures.propose.push(proposed.millis);
          const { id, subjectId } = proposed.data.proposeRelation as { id: string; subjectId: string };
          const queue = await call(url, reviewer, 'query ($ids: [ID!]) { proposals(subjectIds: $ids) { nodes { id evidence { editorNote } } } }', { ids: [subjectId] });
          figures.inQueue.push(performance.now() - started);
          if (!(queue.data.proposals.nodes as { id: string }[]).some((node) => node.id === id)) throw new Error('a proposal missing from the queue');
          figures.accept.push((await call(url, reviewer, 'mutation ($id: ID!) { acceptProposal(id: $id) { status } }', { id })).millis);
          const seen = await call(url, null, 'query ($id: ID!) { relation(id: $id) { id } }', { id: subjectId });
          if (!seen.data.relation) throw new Error('an accepted relation a viewer cannot read');
          figures.visible.push(performance.now() - started);
          figures.flow.push(performance.now() - started);
        } catch {
          failedWrites += 1;
        }
      }
    }),
  );
  return figures;
}

let neo4j: LocalNeo4j | undefined;
const home = join(process.cwd(), '.neo4j', `bench-workspace-${process.pid}`);
try {
  let uri = process.env.NEO4J_URI;
  const config = readConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1', WARM_UP_QUERY_PLANS: 'false', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
  const logger = createLogger(config.logLevel);
  if (!uri) {
    neo4j = await startLocalNeo4j({ home, port: await freePort(), log: say });
    uri = neo4j.uri;
    say(`Local Neo4j ready at ${uri} in ${(neo4j.startupMillis / 1000).toFixed(1)} s`);
  }
  const executor = createExecutor({ ...config.neo4j, uri }, logger);
  if (neo4j) await seedDatabase(executor);
  const yoga = createGraphqlServer({ config, executor, logger, authenticator: BENCH_AUTHENTICATOR });
  const server = createHttpServer({ yoga, executor, logger, maxBodyBytes: config.maxBodyBytes, timeouts: config.http });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  // Actors of the bench's own to write about, created through the API.
  const editor = user('editor');
  const reviewer = user('reviewer');
  const actors: string[] = [];
  const run = randomUUID().slice(0, 6);
  for (let index = 0; index < 8; index += 1) {
    const proposed = await call(url, editor, 'mutation ($input: ProposeEntityInput!) { proposeEntity(input: $input) { id subjectId } }', {
      input: { kind: 'ORGANIZATION', name: `Bench donor ${run} ${index}`, scope: 'NATIONAL', description: 'A donor of the bench.', evidence: { editorNote: 'bench' } },
    });
    await call(url, reviewer, 'mutation ($id: ID!) { acceptProposal(id: $id) { status } }', { id: proposed.data.proposeEntity.id });
    actors.push(proposed.data.proposeEntity.subjectId as string);
  }

  say(`Warming up (5 s of reads), then ${SECONDS} s of reads by ${READERS} viewers alone, then ${SECONDS} s with ${EDITORS} editor/reviewer pairs writing.`);
  await readLoad(url, 5, 'warm-up');
  const alone = await readLoad(url, SECONDS, 'alone');
  const stop = { done: false };
  const writing = writeLoad(url, actors, stop);
  const shared = await readLoad(url, SECONDS, 'with writers');
  stop.done = true;
  const writes = await writing;

  console.log(`\n${'what'.padEnd(44)}${'count'.padStart(7)}${'p50'.padStart(12)}${'p95'.padStart(12)}`);
  console.log(line('read (viewers alone)', alone));
  console.log(line('read (while editors write)', shared));
  console.log(line('proposeRelation', writes.propose));
  console.log(line('acceptProposal (applies it)', writes.accept));
  console.log(line('review flow: proposed → in the queue', writes.inQueue));
  console.log(line('review flow: proposed → accepted → seen', writes.flow));
  console.log(`failed reads: ${JSON.stringify(failedReads)}; failed review rounds: ${failedWrites}`);
  console.log(`\nreads/s alone ${(alone.length / SECONDS).toFixed(0)}, while writing ${(shared.length / SECONDS).toFixed(0)}; accepted edits/s ${(writes.accept.length / SECONDS).toFixed(1)}`);

  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await executor.close();
} finally {
  await neo4j?.stop();
  if (neo4j) rmSync(home, { recursive: true, force: true });
}
