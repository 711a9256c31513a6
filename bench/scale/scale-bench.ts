/**
 * The scale benchmark: every contract query of the API on the synthetic graph (100,000 entities,
 * ~1,000,000 relations, three supernodes of 60,000) on curated, ordinary and supernode subjects,
 * against the same query on the curated-only graph in the same run; PROFILE db hits of the Cypher
 * each request ran; the API against the raw driver on the contract mix; and the API against
 * @neo4j/graphql on the same question. Prints figures; passes or fails nothing.
 *
 *   npm run bench:scale                      (builds .neo4j/bench-scale first if it is not there)
 *   npm run bench:scale -- --entities 2000 --relations 20000 --home .neo4j/bench-small
 *
 * Environment: BENCH_SCALE_ITERATIONS (40 timed requests per row at most), BENCH_SCALE_CASE_SECONDS
 * (6 s per row at most), BENCH_SCALE_SLOW_MS (5000: one slower request ends its row),
 * BENCH_SCALE_TIMEOUT_MS (30000: a request gives up, and a watchdog terminates any transaction
 * older than that), BENCH_SCALE_MIX_SECONDS (8 s a side), BENCH_CONNECTIONS (8).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse, validate } from 'graphql';
import { seedDatabase } from '../../seed/index.js';
import { readConfig } from '../../server/config.js';
import { createDriver } from '../../server/database/driver.js';
import { buildSchema } from '../../server/graphql/schema.js';
import { startServer, type RunningServer } from '../../server/start-server.js';
import { compareMix, formatMix, graphqlRequest, rawRequest } from '../mix-comparison.js';
import { startRawDriverServer } from '../raw-driver-server.js';
import { CONTRACT_CASES, SUBJECTS, type ContractCase, type Subject, type SubjectIds } from './contract-cases.js';
import { percentile, postGraphql, sampleLatency, warmUp, type LatencyFigures, type SamplingBudget } from './latency.js';
import { PEER_CASES } from './peer-cases.js';
import { startPeerServer } from './peer-neo4j-graphql.js';
import { profileQuery } from './profile.js';
import { captureQueries, queryName, type CapturedQuery } from './query-capture.js';
import { DEFAULT_SCALE_HOME, openScaleDatabase, startDatabase } from './scale-database.js';
import { readScaleArguments } from './scale-options.js';
import { chooseSubjects } from './subjects.js';
import { startTransactionWatchdog } from './transaction-watchdog.js';

const environment = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const BUDGET: SamplingBudget = {
  iterations: environment('BENCH_SCALE_ITERATIONS', 40),
  seconds: environment('BENCH_SCALE_CASE_SECONDS', 6),
  slowMillis: environment('BENCH_SCALE_SLOW_MS', 5_000),
  warmUpTries: environment('BENCH_SCALE_WARM_UP_TRIES', 3),
};
const REQUEST_TIMEOUT_MILLIS = environment('BENCH_SCALE_TIMEOUT_MS', 30_000);
const MIX_SECONDS = environment('BENCH_SCALE_MIX_SECONDS', 8);
const CONNECTIONS = environment('BENCH_CONNECTIONS', 8);
// Goals of issue 10, point 6.
const TYPING_GOAL_MILLIS = 30;
const MIX_GOAL = 0.9;
// A supernode query doing this many times the db hits of the ordinary one grows with the degree;
// one doing this many db hits for one request is not bounded by its arguments either.
const UNBOUNDED_FACTOR = 50;
const UNBOUNDED_DB_HITS = 1_000_000;

const say = (line: string) => console.log(`[bench:scale] ${line}`);
const started = performance.now();
const args = readScaleArguments(process.argv.slice(2));
const stoppers: (() => Promise<void>)[] = [];
const curatedHome = join(process.cwd(), '.neo4j', `bench-curated-${process.pid}`);

interface Row {
  test: ContractCase;
  subject: Subject;
  baseline: LatencyFigures;
  figures: LatencyFigures;
}

function send(url: string, query: string, variables: Record<string, unknown>[]): (() => Promise<number>)[] {
  return variables.map((item) => () => postGraphql(url, { query, variables: item }, REQUEST_TIMEOUT_MILLIS));
}

const ms = (value: number) => (Number.isNaN(value) ? '–' : value >= 100 ? value.toFixed(0) : value.toFixed(1));
const pad = (text: string, width: number) => text.padStart(width);

function describe(figures: LatencyFigures): string {
  if (figures.failure) return `failed: ${figures.failure.slice(0, 90)}`;
  return figures.cutShort ? `cut short after ${figures.samples.length} (> ${BUDGET.slowMillis} ms)` : '';
}

try {
  const scale = await openScaleDatabase({ home: args.home ?? DEFAULT_SCALE_HOME, graph: args.graph, log: say });
  stoppers.push(() => scale.stop());
  say(`Scale database ${scale.reused ? 'reused' : 'built'}: generation took ${scale.generationSeconds.toFixed(0)} s.`);
  const curated = await startDatabase(curatedHome, say, { heap: '1g', pageCacheMiB: 256 });
  stoppers.push(async () => {
    await curated.stop();
    rmSync(curatedHome, { recursive: true, force: true });
  });
  await seedDatabase(curated.executor);

  const config = readConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' });
  const serve = async (uri: string): Promise<RunningServer> => {
    const server = await startServer({ config: { ...config, neo4j: { ...config.neo4j, uri } }, neo4jUri: uri });
    stoppers.unshift(() => server.close());
    return server;
  };
  const apiScale = await serve(scale.uri);
  const apiCurated = await serve(curated.uri);
  const driver = createDriver({ ...config.neo4j, uri: scale.uri });
  stoppers.unshift(() => driver.close());
  const watchdog = startTransactionWatchdog(driver, REQUEST_TIMEOUT_MILLIS, (count) => say(`watchdog: terminated ${count} transaction(s) older than ${REQUEST_TIMEOUT_MILLIS} ms`));
  stoppers.unshift(() => watchdog.stop());

  const subjects = await chooseSubjects(scale.executor, args.graph);
  say(`Ordinary subjects: ${JSON.stringify(subjects.ordinary)}`);
  const degrees = await scale.executor.read(
    'UNWIND $ids AS id MATCH (entity:Entity {id: id}) RETURN id, COUNT { (entity)--() } AS degree',
    { ids: [...new Set(SUBJECTS.flatMap((subject) => [subjects[subject].project, subjects[subject].state, subjects[subject].organization, subjects[subject].person]))] },
  );
  say(`Degrees: ${degrees.map((row) => `${String(row.id)} ${String(row.degree)}`).join(', ')}`);
  const schema = buildSchema();
  const cases = CONTRACT_CASES.filter((test) => {
    const errors = validate(schema, parse(test.query));
    if (errors.length > 0) say(`SKIPPED ${test.name}: its document no longer fits the schema (${errors[0]!.message})`);
    return errors.length === 0;
  });

  // 1. Latency of each contract query, curated-only graph first (the baseline of the ratios).
  say(`Latency: at most ${BUDGET.iterations} requests or ${BUDGET.seconds} s per row, one at a time.`);
  const rows: Row[] = [];
  for (const test of cases) {
    const curatedVariables = test.variables(subjects.curated, 'curated')!;
    const baseline = await sampleLatency(send(apiCurated.url, test.query, curatedVariables), BUDGET);
    for (const subject of SUBJECTS) {
      const variables = test.variables(subjects[subject], subject);
      if (!variables) continue;
      const figures = await sampleLatency(send(apiScale.url, test.query, variables), BUDGET);
      rows.push({ test, subject, baseline, figures });
      say(`${test.name} / ${subject}: p50 ${ms(percentile(figures.samples, 50))} ms ${describe(figures)}`);
    }
  }
  console.log(`\nContract queries on the scale graph, ms per request, one at a time (search-as-you-type: one request per keystroke).`);
  console.log(`"curated" = p50 of the same request on the curated-only graph; ratio = p50 / that; "first" = the first request`);
  console.log(`of the row, when Neo4j plans the query (an error there is retried ${BUDGET.warmUpTries} times before the row gives up).`);
  console.log(`${'query'.padEnd(32)}${'subject'.padEnd(10)}${pad('p50', 8)}${pad('p95', 8)}${pad('p99', 8)}${pad('n', 4)}${pad('curated', 9)}${pad('ratio', 8)}${pad('first', 8)}  note`);
  for (const row of rows) {
    const p50 = percentile(row.figures.samples, 50);
    const base = percentile(row.baseline.samples, 50);
    console.log(
      `${row.test.name.padEnd(32)}${row.subject.padEnd(10)}${pad(ms(p50), 8)}${pad(ms(percentile(row.figures.samples, 95)), 8)}` +
        `${pad(ms(percentile(row.figures.samples, 99)), 8)}${pad(String(row.figures.samples.length), 4)}${pad(ms(base), 9)}` +
        `${pad(Number.isNaN(p50 / base) ? '–' : `${(p50 / base).toFixed(1)}×`, 8)}` +
        `${pad(typeof row.figures.first === 'number' ? ms(row.figures.first) : 'failed', 8)}  ${describe(row.figures)}`,
    );
  }

  // 2. PROFILE of the Cypher each request ran, ordinary against supernode.
  const captureFor = async (test: ContractCase, ids: SubjectIds, subject: Subject): Promise<CapturedQuery[][]> => {
    const requests = test.variables(ids, subject) ?? [];
    const sequences: CapturedQuery[][] = [];
    for (const variables of requests) {
      sequences.push(await captureQueries(() => postGraphql(apiScale.url, { query: test.query, variables }, REQUEST_TIMEOUT_MILLIS).catch(() => 0)));
    }
    return sequences;
  };
  const profileAll = async (sequences: CapturedQuery[][]) => {
    let dbHits = 0;
    const parts: string[] = [];
    for (const captured of sequences.flat()) {
      const figures = await profileQuery(driver, captured.query, captured.parameters, 60_000);
      if (figures.failure) return { dbHits: Number.NaN, detail: `${queryName(captured.query)} failed: ${figures.failure.slice(0, 60)}` };
      dbHits += figures.dbHits;
      parts.push(`${queryName(captured.query)} ${figures.dbHits.toLocaleString('en')}`);
    }
    return { dbHits, detail: parts.join(', ') };
  };
  console.log(`\nPROFILE: total db hits of the Cypher one request ran (all keystrokes for search), ordinary and supernode subject.`);
  console.log(`${'query'.padEnd(32)}${pad('ordinary', 12)}${pad('supernode', 14)}${pad('factor', 9)}  supernode's queries`);
  const unbounded: string[] = [];
  for (const test of cases) {
    const global = !test.variables(subjects.ordinary, 'ordinary');
    const ordinary = await profileAll(await captureFor(test, global ? subjects.curated : subjects.ordinary, global ? 'curated' : 'ordinary'));
    const supernode = global ? ordinary : await profileAll(await captureFor(test, subjects.supernode, 'supernode'));
    const factor = supernode.dbHits / ordinary.dbHits;
    const flagged = Number.isNaN(supernode.dbHits) || factor > UNBOUNDED_FACTOR || supernode.dbHits > UNBOUNDED_DB_HITS;
    if (flagged && !global) unbounded.push(test.name);
    console.log(
      `${test.name.padEnd(32)}${pad(ordinary.dbHits.toLocaleString('en'), 12)}${pad(global ? '(global)' : supernode.dbHits.toLocaleString('en'), 14)}` +
        `${pad(global || Number.isNaN(factor) ? '' : `${factor.toFixed(0)}×`, 9)}${flagged && !global ? ' !' : '  '}${supernode.detail}`,
    );
  }

  // 3. The API against the raw driver on the contract mix (curated and ordinary subjects; the
  // supernodes are left out so that a slow one does not make the mix one query).
  const mix: { request: ReturnType<typeof graphqlRequest>; sequence: CapturedQuery[] }[] = [];
  for (const row of rows.filter((item) => item.subject !== 'supernode' && !item.figures.cutShort)) {
    for (const variables of row.test.variables(subjects[row.subject], row.subject)!) {
      const body = { query: row.test.query, variables };
      const [sequence] = await captureFor({ ...row.test, variables: () => [variables] }, subjects[row.subject], row.subject);
      mix.push({ request: graphqlRequest(body), sequence: sequence! });
    }
  }
  const raw = await startRawDriverServer(
    driver,
    config.neo4j.database,
    mix.map(({ sequence }) => ({
      raw: async (run) => {
        const results: unknown[] = [];
        for (const captured of sequence) results.push(await run(captured.query, captured.parameters));
        return results;
      },
    })),
  );
  stoppers.unshift(() => raw.close());
  say(`API against the raw driver replaying the same Cypher: ${mix.length} requests in the mix, ${MIX_SECONDS} s a side, ${CONNECTIONS} connections.`);
  const mixFigures = await compareMix({
    apiUrl: apiScale.url,
    rawUrl: raw.url,
    apiRequests: mix.map(({ request }) => request),
    rawRequests: mix.map((_, index) => rawRequest(index)),
    seconds: MIX_SECONDS,
    connections: CONNECTIONS,
    warmUpSeconds: 4,
  });
  console.log(`\nContract mix on the scale graph:\n${formatMix(mixFigures)}`);

  // 4. @neo4j/graphql on the same database, the same question, turn about.
  const peer = await startPeerServer(driver);
  stoppers.unshift(() => peer.close());
  console.log(`\nThis API against @neo4j/graphql (yoga, same process, same database), requests turn about:`);
  console.log(`${'question'.padEnd(32)}${'subject'.padEnd(10)}${pad('ours p50', 10)}${pad('p95', 8)}${pad('theirs p50', 12)}${pad('p95', 8)}${pad('ours/theirs', 13)}`);
  const peerRatios: number[] = [];
  for (const question of PEER_CASES) {
    for (const subject of SUBJECTS) {
      const id = subjects[subject].state;
      const ours: number[] = [];
      const theirs: number[] = [];
      const sides = [
        [apiScale.url, question.ours(id), ours],
        [peer.url, question.theirs(id), theirs],
      ] as const;
      let failure = '';
      for (const [url, request] of sides) {
        const warm = await warmUp(() => postGraphql(url, request, REQUEST_TIMEOUT_MILLIS), BUDGET.warmUpTries);
        failure ||= warm.failure ? `${url === peer.url ? 'theirs' : 'ours'}: ${warm.failure}` : '';
      }
      const deadline = performance.now() + BUDGET.seconds * 2_000;
      try {
        for (let index = 0; !failure && index < BUDGET.iterations && performance.now() < deadline; index += 1) {
          for (const [url, request, samples] of sides) {
            const before = performance.now();
            await postGraphql(url, request, REQUEST_TIMEOUT_MILLIS);
            samples.push(performance.now() - before);
          }
        }
      } catch (error) {
        failure = error instanceof Error ? error.message : String(error);
      }
      const ratio = percentile(ours, 50) / percentile(theirs, 50);
      peerRatios.push(ratio);
      console.log(
        `${question.name.padEnd(32)}${subject.padEnd(10)}${pad(ms(percentile(ours, 50)), 10)}${pad(ms(percentile(ours, 95)), 8)}` +
          `${pad(ms(percentile(theirs, 50)), 12)}${pad(ms(percentile(theirs, 95)), 8)}${pad(Number.isNaN(ratio) ? '–' : `${ratio.toFixed(2)}×`, 13)}  ${failure}`,
      );
    }
  }

  // 5. The goals.
  const p95Of = (name: string) => {
    const row = rows.find((item) => item.test.name === name && item.subject === 'ordinary');
    return row ? percentile(row.figures.samples, 95) : Number.NaN;
  };
  const typingP95 = p95Of('search-as-you-type');
  const mixRatio = mixFigures.api.requestsPerSecond / mixFigures.raw.requestsPerSecond;
  const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
  console.log(`\nGoals (issue 10, point 6):`);
  console.log(`  depth-1 neighbourhood p95 on an ordinary node < ${TYPING_GOAL_MILLIS} ms: ${ms(p95Of('neighbourhood depth 1'))} ms, ${verdict(p95Of('neighbourhood depth 1') < TYPING_GOAL_MILLIS)}`);
  console.log(`  search-as-you-type p95 per keystroke on ordinary prefixes < ${TYPING_GOAL_MILLIS} ms: ${ms(typingP95)} ms, ${verdict(typingP95 < TYPING_GOAL_MILLIS)}`);
  console.log(`  no query unbounded on a supernode (db hits ≤ ${UNBOUNDED_FACTOR}× the ordinary node's and ≤ ${UNBOUNDED_DB_HITS.toLocaleString('en')}): ${unbounded.length === 0 ? 'met' : `NOT met: ${unbounded.join(', ')}`}`);
  console.log(`  API ≥ ${MIX_GOAL}× the raw driver's requests/s on the contract mix: ${mixRatio.toFixed(2)}×, ${verdict(mixRatio >= MIX_GOAL)}`);
  console.log(`  at least as fast as @neo4j/graphql (ours/theirs ≤ 1): ${peerRatios.map((ratio) => ratio.toFixed(2)).join(', ')}, ${verdict(peerRatios.every((ratio) => ratio <= 1))}`);
  say(`Whole run ${((performance.now() - started) / 1000).toFixed(0)} s (generation ${scale.generationSeconds.toFixed(0)} s${scale.reused ? ', in an earlier run' : ''}).`);
} finally {
  for (const stop of stoppers) await stop().catch((error: unknown) => say(`while stopping: ${String(error)}`));
}
