import { inject } from 'vitest';
import { readConfig } from '../../server/config.js';
import { createDriver } from '../../server/database/driver.js';
import { Executor, type QueryRunner } from '../../server/database/executor.js';
import { createLogger } from '../../server/logger.js';

/**
 * The real executor, remembering the query runner of every request so that a test can read how
 * many round trips to Neo4j a GraphQL operation cost (`lastRoundTrips`).
 */
export class RecordingExecutor extends Executor {
  readonly runners: QueryRunner[] = [];

  override runner(signal?: AbortSignal): QueryRunner {
    const runner = super.runner(signal);
    this.runners.push(runner);
    return runner;
  }

  get lastRoundTrips(): number {
    return this.runners.at(-1)?.roundTrips ?? 0;
  }
}

export function createRecordingExecutor(uri: string = inject('neo4jUri')): RecordingExecutor {
  const config = readConfig({ ...process.env, NEO4J_URI: uri });
  return new RecordingExecutor(createDriver({ ...config.neo4j, uri }), config.neo4j.database, createLogger('silent'), {
    readTimeoutMillis: config.neo4j.readTimeoutMillis,
    writeTimeoutMillis: config.neo4j.writeTimeoutMillis,
    probeTimeoutMillis: config.neo4j.probeTimeoutMillis,
  });
}
