import { inject } from 'vitest';
import { readConfig } from '../../server/config.js';
import { createExecutor } from '../../server/database/driver.js';
import type { Executor } from '../../server/database/executor.js';
import { createLogger } from '../../server/logger.js';

/** An executor on the given Neo4j (by default the run's test database), with quiet logs. */
export function createTestExecutor(uri: string = inject('neo4jUri'), environment: NodeJS.ProcessEnv = {}): Executor {
  const config = readConfig({ ...process.env, ...environment, NEO4J_URI: uri });
  return createExecutor({ ...config.neo4j, uri }, createLogger('silent'));
}

/** Counts of nodes by kind and relationships by type, straight from the database. */
export async function graphCounts(executor: Executor): Promise<{ nodes: Record<string, number>; relations: Record<string, number> }> {
  const nodes = await executor.read('MATCH (n) RETURN coalesce(n.kind, labels(n)[0]) AS label, count(*) AS count');
  const relations = await executor.read('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count');
  return {
    nodes: Object.fromEntries(nodes.map((row) => [row.label as string, row.count as number])),
    relations: Object.fromEntries(relations.map((row) => [row.type as string, row.count as number])),
  };
}
