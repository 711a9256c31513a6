import type { AddressInfo } from 'node:net';
import { createAccountServices } from './auth/accounts.js';
import type { Clock } from './auth/sessions.js';
import type { Config } from './config.js';
import { createExecutor } from './database/driver.js';
import type { Executor } from './database/executor.js';
import { warmUpQueryPlans, type WarmUpReport } from './graphql/warm-up.js';
import { createGraphqlServer } from './graphql/yoga.js';
import { createHttpServer } from './http/app.js';
import { createLogger, type Logger } from './logger.js';

export interface RunningServer {
  url: string;
  executor: Executor;
  /** Settles when the start-up warm-up of query plans is done (null when it is switched off). */
  warmedUp: Promise<WarmUpReport | null>;
  /** Warms the query plans now: for a caller that fills the graph after the server started. */
  warmUp(): Promise<WarmUpReport>;
  close(): Promise<void>;
}

/** Builds the executor, GraphQL server and HTTP server, and listens. `config.port` 0 picks a free port. */
export async function startServer(options: {
  config: Config;
  neo4jUri: string;
  clientDirectory?: string;
  logger?: Logger;
  /** What time it is for sessions and sign-in limits (tests move it on). */
  clock?: Clock;
}): Promise<RunningServer> {
  const { config, neo4jUri, clientDirectory } = options;
  const logger = options.logger ?? createLogger(config.logLevel);
  const executor = createExecutor({ ...config.neo4j, uri: neo4jUri }, logger);
  const accounts = createAccountServices(executor, config, logger, options.clock);
  const yoga = createGraphqlServer({ config, executor, logger, authenticator: accounts.authenticator });
  const server = createHttpServer({
    yoga,
    executor,
    logger,
    maxBodyBytes: config.maxBodyBytes,
    clientDirectory,
    timeouts: config.http,
    authRoutes: accounts.routes,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  logger.info({ url, neo4j: neo4jUri }, 'Nexus Graph API listening');
  const stopWarmUp = new AbortController();
  const warmUp = () => warmUpQueryPlans(yoga, logger, stopWarmUp.signal);
  const warmedUp = config.warmUpQueryPlans ? warmUp() : Promise.resolve(null);
  return {
    url,
    executor,
    warmedUp,
    warmUp,
    async close() {
      stopWarmUp.abort();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await executor.close();
    },
  };
}
