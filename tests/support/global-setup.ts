import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startLocalNeo4j, type LocalNeo4j } from '../../neo4j-local/local-neo4j.js';
import { seedDatabase, formatSummary } from '../../seed/index.js';
import { hasReferenceData, importReferenceData, referenceDataDir } from '../../seed/reference/index.js';
import { freePort } from './ports.js';
import { createTestExecutor } from './database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The curated graph alone: the 50 entities every count in the tests is about. */
    neo4jUri: string;
    /** The curated graph with every reference dataset imported: the wider nexus (~1,500 entities). */
    referenceNeo4jUri: string;
    /**
     * The curated graph for tests of the coordinators' workspace, which write users, sessions,
     * proposals, edits and audit events: apart, so that no count of the curated graph sees them.
     * Each such test writes records of its own (its own users, ids) and never clears the others'.
     */
    workspaceNeo4jUri: string;
  }
}

const TEST_HOMES = join(process.cwd(), '.neo4j', 'test-runs');

/**
 * Starts three real Neo4j servers for the run, at once, and hands their URIs to the tests: one
 * with the curated dataset (or NEO4J_URI when given), one with the curated dataset AND the
 * reference data (or REFERENCE_NEO4J_URI when given), and one with the curated dataset for the
 * workspace's tests, which write (or WORKSPACE_NEO4J_URI). Tests that write to the first two
 * leave them as they found them.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const directory = referenceDataDir();
  if (!hasReferenceData(directory)) {
    throw new Error(`The reference data is not at ${directory}: set REFERENCE_DATA_DIR to shared/reference-data.`);
  }
  const [curated, wider, workspace] = await Promise.all([
    database('run', process.env.NEO4J_URI, (uri) => seed(uri)),
    database('reference', process.env.REFERENCE_NEO4J_URI, async (uri) => {
      await seed(uri);
      await importReference(uri, directory);
    }),
    database('workspace', process.env.WORKSPACE_NEO4J_URI, (uri) => seed(uri)),
  ]);
  project.provide('neo4jUri', curated.uri);
  project.provide('referenceNeo4jUri', wider.uri);
  project.provide('workspaceNeo4jUri', workspace.uri);
  return async () => {
    await Promise.all([curated.stop(), wider.stop(), workspace.stop()]);
  };
}

/** The given server, or a local one of the run's own, with `fill` applied. */
async function database(name: string, given: string | undefined, fill: (uri: string) => Promise<void>) {
  if (given) {
    await fill(given);
    return { uri: given, stop: async () => {} };
  }
  const home = join(TEST_HOMES, `${name}-${process.pid}`);
  const neo4j: LocalNeo4j = await startLocalNeo4j({
    home,
    port: await freePort(),
    pageCacheMiB: 128,
    log: (line) => console.log(`[neo4j ${name}] ${line}`),
  });
  console.log(`[neo4j ${name}] ready at ${neo4j.uri} in ${neo4j.startupMillis} ms`);
  await fill(neo4j.uri);
  return {
    uri: neo4j.uri,
    stop: async () => {
      await neo4j.stop();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/** Every test reads the real curated dataset, imported once before the first test file runs. */
async function seed(uri: string): Promise<void> {
  const executor = createTestExecutor(uri);
  try {
    console.log(formatSummary(await seedDatabase(executor)));
  } finally {
    await executor.close();
  }
}

async function importReference(uri: string, directory: string): Promise<void> {
  const executor = createTestExecutor(uri);
  try {
    const started = Date.now();
    const results = await importReferenceData(executor, directory);
    console.log(`[neo4j reference] ${results.length} reference datasets imported in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await executor.close();
  }
}
