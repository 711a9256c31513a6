/**
 * PROFILE one named query (cypher/queries/<name>.cypher) on the scale database and print its
 * total db hits, rows and time:
 *
 *   npm run bench:scale:profile -- neighbourhood
 *   npm run bench:scale:profile -- neighbourhood --params '{"id": "state:XAB", "depth": 2}'
 *   npm run bench:scale:profile -- all        (every query, with its default parameters)
 *
 * The default parameters aim at the supernodes (see DEFAULT_PARAMETERS); --params overrides
 * some of them. Uses the running database at --uri / BENCH_SCALE_URI (see `bench:scale:serve`),
 * else starts the one at --home / BENCH_SCALE_HOME (default .neo4j/bench-scale), which must be
 * built already (`bench:scale:build`); the size options must match the build's.
 */
import { readdirSync } from 'node:fs';
import { readQuery } from '../../cypher/index.js';
import { readConfig } from '../../server/config.js';
import { createDriver } from '../../server/database/driver.js';
import { DEFAULT_PROFILE_PARAMETERS } from './profile-parameters.js';
import { profileQuery } from './profile.js';
import { openScaleDatabase, type RunningDatabase } from './scale-database.js';
import { readScaleArguments } from './scale-options.js';

const say = (line: string) => console.log(`[bench:scale:profile] ${line}`);
const args = readScaleArguments(process.argv.slice(2));
const [name] = args.positionals;
const available = readdirSync(new URL('../../cypher/queries/', import.meta.url)).map((file) => file.replace(/\.cypher$/, ''));
if (!name || (name !== 'all' && !available.includes(name))) {
  console.error(`Usage: npm run bench:scale:profile -- <query> [--params '{...}']\nQueries: all, ${available.join(', ')}`);
  process.exit(2);
}
const overrides = args.params ? (JSON.parse(args.params) as Record<string, unknown>) : {};
const timeoutMillis = Number(process.env.BENCH_PROFILE_TIMEOUT_MS ?? 60_000);

let database: RunningDatabase | undefined;
let uri = args.uri;
if (!uri) {
  database = await openScaleDatabase({ home: args.home, graph: args.graph, log: say, build: false });
  uri = database.uri;
}
const config = readConfig({ ...process.env, NEO4J_URI: uri });
const driver = createDriver({ ...config.neo4j, uri });
try {
  console.log(`${'query'.padEnd(24)}${'db hits'.padStart(14)}${'rows'.padStart(8)}${'ms'.padStart(10)}  parameters`);
  for (const query of name === 'all' ? available : [name]) {
    const parameters = { ...DEFAULT_PROFILE_PARAMETERS[query], ...overrides };
    const figures = await profileQuery(driver, readQuery(query), parameters, timeoutMillis);
    const hits = figures.failure ? 'failed' : figures.dbHits.toLocaleString('en');
    console.log(`${query.padEnd(24)}${hits.padStart(14)}${String(figures.rows).padStart(8)}${figures.milliseconds.toFixed(0).padStart(10)}  ${JSON.stringify(parameters)}`);
    if (figures.failure) console.log(`  ${figures.failure}`);
  }
} finally {
  await driver.close();
  await database?.stop();
}
