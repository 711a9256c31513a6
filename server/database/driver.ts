import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { Executor } from './executor.js';

/**
 * One driver per process. Time-outs are short so that an outage becomes a prompt 503 rather
 * than a hung request; the driver itself retries transient errors within that budget and opens
 * fresh connections once the database is back, so the server recovers without a restart.
 */
export function createDriver(settings: Config['neo4j'] & { uri: string }): Driver {
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    disableLosslessIntegers: true,
    // Retries of transient errors (deadlocks, a leader switch) stop after a second: an outage is
    // then the executor's to handle (its circuit fails every request fast), not each request's.
    maxTransactionRetryTime: 1_000,
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 3_000,
    maxConnectionPoolSize: 50,
    userAgent: 'nexus-graph',
  });
}

/** The executor for the configured database: its driver and the configured transaction timeouts. */
export function createExecutor(settings: Config['neo4j'] & { uri: string }, logger: Logger): Executor {
  return new Executor(createDriver(settings), settings.database, logger, {
    readTimeoutMillis: settings.readTimeoutMillis,
    writeTimeoutMillis: settings.writeTimeoutMillis,
    probeTimeoutMillis: settings.probeTimeoutMillis,
  });
}
