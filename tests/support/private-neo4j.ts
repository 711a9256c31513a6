import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { startLocalNeo4j } from '../../neo4j-local/local-neo4j.js';
import { applySchema } from '../../seed/import/apply-schema.js';
import { createTestExecutor } from './database.js';
import { freePort } from './ports.js';

/**
 * A Neo4j of the test file's own, with the schema (constraints and indexes) and no data: for
 * tests that grow the graph by thousands of records, which the tests counting the curated graph
 * in the shared database must never see (test files run in parallel). Costs one more start of
 * the local Neo4j (~10-20 s), so only for the few tests that need it.
 */
export async function startPrivateNeo4j(): Promise<{ uri: string; stop(): Promise<void> }> {
  const home = join(process.cwd(), '.neo4j', 'test-runs', `private-${process.pid}-${Date.now()}`);
  const neo4j = await startLocalNeo4j({ home, port: await freePort(), pageCacheMiB: 64 });
  const executor = createTestExecutor(neo4j.uri);
  try {
    await applySchema(executor);
  } finally {
    await executor.close();
  }
  return {
    uri: neo4j.uri,
    async stop() {
      await neo4j.stop();
      rmSync(home, { recursive: true, force: true });
    },
  };
}
