/**
 * PROFILE on the scale database, printing total db hits, rows and time:
 *
 *   npm run bench:scale:profile -- --graphql '{ neighbourhood(id: "state:XZZ", depth: 2) { truncated } }'
 *       the Cypher the API runs for that request (captured from the executor), each profiled;
 *       --variables '{"id": "…"}' for a document with variables
 *   npm run bench:scale:profile -- <query> --params '{"id": "state:XAB"}'
 *       one named query (cypher/queries/<query>.cypher) as the file has it; `all` for every one.
 *       Default parameters (profile-parameters.ts) aim at the supernodes; files the API expands
 *       (per relation type, per depth) are better profiled through --graphql.
 *
 * Uses the running database at --uri / BENCH_SCALE_URI (see `bench:scale:serve`), else starts the
 * one at --home / BENCH_SCALE_HOME (default .neo4j/bench-scale), which must be built already
 * (`bench:scale:build`) with the same size options.
 */
import { readdirSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { readQuery } from '../../cypher/index.js';
import { readConfig, type Config } from '../../server/config.js';
import { createDriver } from '../../server/database/driver.js';
import { startServer } from '../../server/start-server.js';
import { postGraphql } from './latency.js';
import { DEFAULT_PROFILE_PARAMETERS } from './profile-parameters.js';
import { profileQuery } from './profile.js';
import { captureQueries, queryName } from './query-capture.js';
import { openScaleDatabase, type RunningDatabase } from './scale-database.js';
import { readScaleArguments } from './scale-options.js';

const say = (line: string) => console.log(`[bench:scale:profile] ${line}`);
const args = readScaleArguments(process.argv.slice(2));
const [name] = args.positionals;
const available = readdirSync(new URL('../../cypher/queries/', import.meta.url)).map((file) => file.replace(/\.cypher$/, ''));
if (!args.graphql && (!name || (name !== 'all' && !available.includes(name)))) {
  console.error(`Usage: npm run bench:scale:profile -- --graphql '<document>' | <query> [--params '{...}']\nQueries: all, ${available.join(', ')}`);
  process.exit(2);
}
const timeoutMillis = Number(process.env.BENCH_PROFILE_TIMEOUT_MS ?? 60_000);

function line(label: string, figures: Awaited<ReturnType<typeof profileQuery>>, parameters: Record<string, unknown>): string {
  const hits = figures.failure ? `failed: ${figures.failure}` : `${figures.dbHits.toLocaleString('en')} db hits`;
  return `${label.padEnd(24)}${hits.padStart(18)}${String(figures.rows).padStart(7)} rows${figures.milliseconds.toFixed(0).padStart(8)} ms  ${JSON.stringify(parameters).slice(0, 160)}`;
}

/** The Cypher the API runs for one GraphQL request, each statement profiled. */
async function profileRequest(config: Config, uri: string, driver: Driver, document: string): Promise<void> {
  const server = await startServer({
    config: { ...config, port: 0, host: '127.0.0.1', logLevel: 'silent', neo4j: { ...config.neo4j, uri } },
    neo4jUri: uri,
  });
  const request = { query: document, variables: args.variables ? (JSON.parse(args.variables) as Record<string, unknown>) : {} };
  let answer = '';
  const captured = await captureQueries(async () => {
    const started = performance.now();
    const size = await postGraphql(server.url, request, 120_000).catch((error: unknown) => String(error));
    answer = `${typeof size === 'number' ? `${size} bytes` : size} in ${(performance.now() - started).toFixed(0)} ms`;
  });
  await server.close();
  say(`API answer: ${answer}; it ran ${captured.length} queries:`);
  for (const query of captured) {
    console.log(line(queryName(query.query), await profileQuery(driver, query.query, query.parameters, timeoutMillis), query.parameters));
  }
}

let database: RunningDatabase | undefined;
let uri = args.uri;
if (!uri) {
  database = await openScaleDatabase({ home: args.home, graph: args.graph, log: say, build: false });
  uri = database.uri;
}
const config = readConfig({ ...process.env, NEO4J_URI: uri });
const driver = createDriver({ ...config.neo4j, uri });
try {
  if (args.graphql) {
    await profileRequest(config, uri, driver, args.graphql);
  } else {
    const overrides = args.params ? (JSON.parse(args.params) as Record<string, unknown>) : {};
    for (const query of name === 'all' ? available : [name!]) {
      const parameters = { ...DEFAULT_PROFILE_PARAMETERS[query], ...overrides };
      console.log(line(query, await profileQuery(driver, readQuery(query), parameters, timeoutMillis), parameters));
    }
  }
} finally {
  await driver.close();
  await database?.stop();
}
