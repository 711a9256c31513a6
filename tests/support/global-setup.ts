import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startLocalNeo4j, type LocalNeo4j } from '../../neo4j-local/local-neo4j.js';
import { seedDatabase, formatSummary } from '../../seed/index.js';
import { freePort } from './ports.js';
import { createTestExecutor } from './database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

const TEST_HOMES = join(process.cwd(), '.neo4j', 'test-runs');

/**
 * Starts one real Neo4j for the run (or uses NEO4J_URI when given) and hands its URI to the
 * tests, with the curated dataset imported. Tests that write leave it as they found it.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.NEO4J_URI) {
    await seed(process.env.NEO4J_URI);
    project.provide('neo4jUri', process.env.NEO4J_URI);
    return async () => {};
  }
  const home = join(TEST_HOMES, `run-${process.pid}`);
  const neo4j: LocalNeo4j = await startLocalNeo4j({
    home,
    port: await freePort(),
    pageCacheMiB: 128,
    log: (line) => console.log(`[neo4j] ${line}`),
  });
  console.log(`[neo4j] test database ready at ${neo4j.uri} in ${neo4j.startupMillis} ms`);
  await seed(neo4j.uri);
  project.provide('neo4jUri', neo4j.uri);
  return async () => {
    await neo4j.stop();
    rmSync(home, { recursive: true, force: true });
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
