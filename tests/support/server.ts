import { inject } from 'vitest';
import { readConfig } from '../../server/config.js';
import { createLogger, type Logger } from '../../server/logger.js';
import { startServer, type RunningServer } from '../../server/start-server.js';

/** The real HTTP server on a free loopback port, against the run's test database. */
export function startTestServer(
  options: { clientDirectory?: string; neo4jUri?: string; environment?: NodeJS.ProcessEnv; logger?: Logger } = {},
): Promise<RunningServer> {
  const neo4jUri = options.neo4jUri ?? inject('neo4jUri');
  return startServer({
    config: readConfig({ ...process.env, WARM_UP_QUERY_PLANS: 'false', ...options.environment, NEO4J_URI: neo4jUri, PORT: '0', HOST: '127.0.0.1' }),
    neo4jUri,
    clientDirectory: options.clientDirectory,
    logger: options.logger ?? createLogger('silent'),
  });
}
