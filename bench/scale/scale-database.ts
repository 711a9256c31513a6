import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startLocalNeo4j, type LocalNeo4j } from '../../neo4j-local/local-neo4j.js';
import { applySchema } from '../../seed/import/apply-schema.js';
import { seedDatabase } from '../../seed/index.js';
import { readConfig } from '../../server/config.js';
import { createExecutor } from '../../server/database/driver.js';
import type { Executor } from '../../server/database/executor.js';
import { createLogger } from '../../server/logger.js';
import { freePort } from '../../tests/support/ports.js';
import { readMarker, sameBuild, writeSyntheticGraph } from './synthetic-graph.js';
import type { SyntheticGraphOptions } from './synthetic-records.js';
import { writeSyntheticWorkspace } from './synthetic-workspace.js';

/** The scale benchmark's own Neo4j home (git-ignored), apart from `npm start`'s and the tests'. */
export const DEFAULT_SCALE_HOME = join(process.cwd(), '.neo4j', 'bench-scale');

export interface RunningDatabase {
  uri: string;
  executor: Executor;
  stop(): Promise<void>;
}

export interface ScaleDatabase extends RunningDatabase {
  /** True when the graph was already on disk and reused; false when built in this call. */
  reused: boolean;
  /** Seconds the synthetic graph took to write (in the run that built it). */
  generationSeconds: number;
}

/**
 * An executor with quiet logs on `uri`, for building and inspecting the database: reads may take
 * two minutes (the first ones on a cold 2 GB store, the median degree of 30,000 people), not the
 * API's five seconds.
 */
export function createBenchExecutor(uri: string): Executor {
  const config = readConfig({ ...process.env, NEO4J_URI: uri, NEO4J_TRANSACTION_TIMEOUT_MS: '120000' });
  return createExecutor({ ...config.neo4j, uri }, createLogger('silent'));
}

/** Starts a local Neo4j on `home` (its own free port) with an executor on it. */
export interface DatabaseMemory {
  heap: string;
  pageCacheMiB: number;
}

/** Enough page cache to hold the full-size graph (about 1 GiB of store files). */
export const SCALE_MEMORY: DatabaseMemory = { heap: '2g', pageCacheMiB: 1_536 };

export async function startDatabase(
  home: string,
  log: (line: string) => void,
  memory: DatabaseMemory = SCALE_MEMORY,
): Promise<RunningDatabase> {
  const neo4j: LocalNeo4j = await startLocalNeo4j({ home, port: await freePort(), log, ...memory });
  log(`Neo4j on ${home} ready at ${neo4j.uri} in ${(neo4j.startupMillis / 1000).toFixed(1)} s`);
  const executor = createBenchExecutor(neo4j.uri);
  return {
    uri: neo4j.uri,
    executor,
    async stop() {
      await executor.close();
      await neo4j.stop();
    },
  };
}

/**
 * Applies cypher/schema.cypher (every statement IF NOT EXISTS) and waits, up to 20 minutes, for
 * any index it created to be populated: on a million relations that takes minutes.
 */
async function applyCurrentSchema(executor: Executor, log: (line: string) => void): Promise<void> {
  const started = performance.now();
  // applySchema waits 60 s for the indexes at most and then throws: the loop below waits longer.
  await applySchema(executor).catch(() => undefined);
  for (;;) {
    const rows = await executor.read(
      "SHOW INDEXES YIELD name, state, populationPercent WHERE state <> 'ONLINE' RETURN name, state, populationPercent",
    );
    if (rows.length === 0) return;
    if (rows.some((row) => row.state === 'FAILED')) throw new Error(`An index failed: ${JSON.stringify(rows)}`);
    if (performance.now() - started > 20 * 60_000) throw new Error(`Indexes still populating after 20 minutes: ${JSON.stringify(rows)}`);
    log(`Populating indexes the schema added since the build: ${rows.map((row) => `${String(row.name)} ${Number(row.populationPercent).toFixed(0)} %`).join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 10_000));
  }
}

/**
 * Opens the scale database at `home`, building it first unless a graph of the same options is
 * already there: schema and curated seed, then the synthetic graph. The seed import mirrors the
 * seed files (it deletes entities it does not know), so it runs BEFORE the synthetic graph is
 * written, and never again on a built database.
 */
export async function openScaleDatabase(options: {
  home?: string;
  graph: SyntheticGraphOptions;
  log?: (line: string) => void;
  /** false: refuse to build (profiling and benchmarking a missing database is an error). */
  build?: boolean;
  memory?: DatabaseMemory;
}): Promise<ScaleDatabase> {
  const home = options.home ?? DEFAULT_SCALE_HOME;
  const log = options.log ?? (() => {});
  if (existsSync(home)) {
    const database = await startDatabase(home, log, options.memory);
    const marker = await readMarker(database.executor).catch(async (error: unknown) => {
      await database.stop();
      throw error;
    });
    if (sameBuild(marker, options.graph)) {
      log(`Reusing the synthetic graph on disk (built in ${marker.seconds.toFixed(0)} s).`);
      // The project's schema may have grown an index since the build, and a graph built before
      // the workspace existed lacks its synthetic records: add both (each idempotent).
      await applyCurrentSchema(database.executor, log).then(() => writeSyntheticWorkspace(database.executor, log)).catch(async (error: unknown) => {
        await database.stop();
        throw error;
      });
      return { ...database, reused: true, generationSeconds: marker.seconds };
    }
    await database.stop();
    if (options.build === false) throw new Error(`${home} holds no synthetic graph of these options: run npm run bench:scale:build first.`);
    log(marker ? 'The database on disk was built with other options: rebuilding it.' : 'No finished build on disk: rebuilding it.');
    rmSync(home, { recursive: true, force: true });
  } else if (options.build === false) {
    throw new Error(`No scale database at ${home}: run npm run bench:scale:build first.`);
  }
  const database = await startDatabase(home, log, options.memory);
  try {
    await seedDatabase(database.executor);
    log('Curated seed imported; writing the synthetic graph.');
    const report = await writeSyntheticGraph(database.executor, options.graph, log);
    await writeSyntheticWorkspace(database.executor, log);
    log(`Synthetic graph written: ${report.entities} entities, ${report.relations} relations, ${report.sources} sources in ${report.seconds.toFixed(0)} s.`);
    return { ...database, reused: false, generationSeconds: report.seconds };
  } catch (error) {
    await database.stop();
    throw error;
  }
}
