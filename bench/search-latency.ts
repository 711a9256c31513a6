/**
 * Search latency on the wider nexus: each query of a fixed set (UN-language names, original
 * script, a folded transliteration, a weak alias, a prefix, a common word) sent one at a time
 * through the GraphQL server in process (the full resolver path: Lucene query, re-ranking,
 * names), after a warm-up; prints p50, p95 and max per query. Also an entity's statements page
 * and the datasets list, the other reads of the provenance contract.
 *
 *   NEO4J_URI=bolt://127.0.0.1:7687 npx tsx bench/search-latency.ts   (BENCH_RUNS=50)
 *
 * NEO4J_URI must name a Neo4j holding the curated seed and the reference data
 * (`npm run seed && npm run import:reference`).
 */
import { performance } from 'node:perf_hooks';
import { readConfig } from '../server/config.js';
import { createExecutor } from '../server/database/driver.js';
import { createGraphqlServer } from '../server/graphql/yoga.js';
import { createLogger } from '../server/logger.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 50);
const WARM_UP_RUNS = 10;

const SEARCH = 'query ($text: String!) { search(text: $text, first: 10) { nodes { matched score matchedName { language dataset { id } } entity { id } } } }';
const OPERATIONS: { label: string; query: string; variables?: Record<string, unknown> }[] = [
  ...['Казахстан', 'كازاخستان', 'Kirghizistan', 'صدام حسين التكريتي', 'Халимов', 'Abu Akram', 'kaz', 'al'].map((text) => ({
    label: `search "${text}"`,
    query: SEARCH,
    variables: { text },
  })),
  { label: 'statements of state:KAZ (20)', query: '{ entity(id: "state:KAZ") { statements { totalCount nodes { locator quote dataset { id } } } } }' },
  { label: 'datasets', query: '{ datasets { id entityCount relationCount statementCount unresolvedCount } }' },
];

const uri = process.env.NEO4J_URI;
if (!uri) {
  console.error('Set NEO4J_URI to a Neo4j holding the curated seed and the reference data.');
  process.exit(2);
}
const config = readConfig({ ...process.env, NEO4J_URI: uri });
const executor = createExecutor({ ...config.neo4j, uri }, createLogger('warn'));
const yoga = createGraphqlServer({ config, executor, logger: createLogger('warn') });

async function run(query: string, variables?: Record<string, unknown>): Promise<number> {
  const started = performance.now();
  const response = await yoga.fetch('http://bench/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(`The bench query failed: ${JSON.stringify(body.errors)}`);
  return performance.now() - started;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

try {
  const [row] = await executor.read('MATCH (n:Entity) RETURN count(n) AS entities');
  console.log(`[bench] ${String(row?.entities)} entities; ${RUNS} runs per query after ${WARM_UP_RUNS} warm-up runs, one at a time`);
  console.log(`${'operation'.padEnd(36)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'max ms'.padStart(8)}`);
  for (const operation of OPERATIONS) {
    for (let index = 0; index < WARM_UP_RUNS; index += 1) await run(operation.query, operation.variables);
    const times: number[] = [];
    for (let index = 0; index < RUNS; index += 1) times.push(await run(operation.query, operation.variables));
    times.sort((a, b) => a - b);
    const figures = [percentile(times, 50), percentile(times, 95), times.at(-1)!].map((ms) => ms.toFixed(1).padStart(8));
    console.log(`${operation.label.padEnd(36)} ${figures.join(' ')}`);
  }
} finally {
  await executor.close();
}
