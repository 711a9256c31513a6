/**
 * `npm start`: the whole product on http://localhost:4000 with one command.
 *   1. uses NEO4J_URI if set, else starts the local Neo4j Community (neo4j-local/) and restarts
 *      it (with backoff, logged) whenever it dies; when this process dies, so does that Neo4j;
 *   2. applies the schema and imports the curated dataset (refused data stops here, unchanged),
 *      then the public reference data (treaties, memberships, sanctions lists, country names)
 *      from REFERENCE_DATA_DIR (default ../shared/reference-data); SKIP_REFERENCE_DATA=1 skips it;
 *   3. builds the client and serves it with the API.
 * `npm run dev` skips the build and runs Vite's dev server (hot reload) beside the API.
 * Ctrl-C stops everything it started.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { superviseLocalNeo4j, type SupervisedNeo4j } from '../neo4j-local/supervisor.js';
import { listUsers } from '../server/auth/users.js';
import { readConfig } from '../server/config.js';
import { startServer, type RunningServer } from '../server/start-server.js';
import { formatSummary, seedDatabase } from '../seed/index.js';
import { formatReferenceSummary, hasReferenceData, importReferenceData, referenceDataDir } from '../seed/reference/index.js';
import { terminalProgress } from '../seed/reference/write/progress.js';
import { waitForDatabase } from './wait-for-database.js';

const dev = process.argv.includes('--dev');
const config = readConfig({ HOST: '0.0.0.0', ...process.env });
const say = (line: string) => console.log(`[nexus] ${line}`);
const cleanups: (() => Promise<void>)[] = [];

async function shutdown(code: number): Promise<never> {
  say('Stopping…');
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  process.exit(code);
}
process.once('SIGINT', () => void shutdown(0));
process.once('SIGTERM', () => void shutdown(0));

try {
  let neo4jUri = config.neo4j.uri;
  if (neo4jUri) {
    say(`Using the Neo4j at ${neo4jUri}`);
  } else {
    const local: SupervisedNeo4j = await superviseLocalNeo4j({ home: resolve('.neo4j/local'), port: config.neo4j.localPort, log: say });
    cleanups.push(() => local.stop());
    neo4jUri = local.uri;
    say(`Local Neo4j Community ready at ${neo4jUri} (started in ${(local.startupMillis / 1000).toFixed(1)} s)`);
  }

  const running: RunningServer = await startServer({
    // The graph is seeded below, after the server is up: the warm-up waits for the seed.
    config: { ...config, warmUpQueryPlans: false },
    neo4jUri,
    clientDirectory: dev ? undefined : fileURLToPath(new URL('../client/dist', import.meta.url)),
  });
  cleanups.push(() => running.close());
  await waitForDatabase(running.executor, say);
  say('Seeding the curated dataset…');
  console.log(formatSummary(await seedDatabase(running.executor)));
  await importReference(running);
  await adviseFirstAdmin(running);
  if (config.warmUpQueryPlans) void running.warmUp();

  if (dev) {
    const vite: ChildProcess = spawn('npx', ['vite', '--config', 'client/vite.config.ts'], {
      stdio: 'inherit',
      env: { ...process.env, PORT: String(config.port) },
    });
    cleanups.push(async () => void vite.kill('SIGTERM'));
    say(`API on ${running.url}/graphql; the client with hot reload on http://localhost:5173`);
  } else {
    say('Building the client…');
    const build = spawnSync('npx', ['vite', 'build', '--config', 'client/vite.config.ts', '--logLevel', 'warn'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('The client build failed (see above).');
    say(`Nexus Graph is running on http://localhost:${config.port} (GraphiQL: http://localhost:${config.port}/graphql). Ctrl-C stops it.`);
  }
} catch (error) {
  console.error(`[nexus] ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
}

/** Until somebody has an account, says how the first admin is made (anonymous visitors read meanwhile). */
async function adviseFirstAdmin(running: RunningServer): Promise<void> {
  const { users } = await listUsers(running.executor, 1, null);
  if (users.length > 0) return;
  say('No accounts yet: anonymous visitors can read. Create the first admin in another terminal with');
  say('  npm run user -- add --email you@example.org --name "Your Name" --role admin');
}

/** The wider nexus, unless skipped: a dataset that fails stays as it was, and the product still starts. */
async function importReference(running: RunningServer): Promise<void> {
  if (process.env.SKIP_REFERENCE_DATA === '1' || process.env.SKIP_REFERENCE_DATA === 'true') {
    say('Skipping the reference data (SKIP_REFERENCE_DATA).');
    return;
  }
  const directory = referenceDataDir();
  if (!hasReferenceData(directory)) {
    say(`No reference data at ${directory}: the graph holds the curated dataset only (set REFERENCE_DATA_DIR).`);
    return;
  }
  say('Importing the reference data (treaties, memberships, sanctions lists, country names)…');
  const started = Date.now();
  try {
    await importReferenceData(running.executor, directory, {
      progress: (dataset) => terminalProgress(dataset),
      onDataset: ({ summary }) => console.log(formatReferenceSummary(summary)),
    });
    say(`Reference data imported in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } catch (error) {
    say(`The reference data could not be imported (${error instanceof Error ? error.message : String(error)}); the curated graph is served.`);
  }
}
