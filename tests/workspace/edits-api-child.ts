/**
 * The API as a child process for the kill -9 test: the real GraphQL and HTTP servers on a free
 * loopback port, against NEO4J_URI, with the test-built authenticator (x-test-viewer). Prints
 * `{"url": …}` once listening; runs until killed.
 */
import type { AddressInfo } from 'node:net';
import { readConfig } from '../../server/config.js';
import { createExecutor } from '../../server/database/driver.js';
import { createGraphqlServer } from '../../server/graphql/yoga.js';
import { createHttpServer } from '../../server/http/app.js';
import { createLogger } from '../../server/logger.js';
import { HEADER_AUTHENTICATOR } from './edits-api.js';

const config = readConfig({ ...process.env, WARM_UP_QUERY_PLANS: 'false', PORT: '0', HOST: '127.0.0.1' });
const logger = createLogger('silent');
const executor = createExecutor({ ...config.neo4j, uri: String(process.env.NEO4J_URI) }, logger);
const yoga = createGraphqlServer({ config, executor, logger, authenticator: HEADER_AUTHENTICATOR });
const server = createHttpServer({ yoga, executor, logger, maxBodyBytes: config.maxBodyBytes, timeouts: config.http });
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${port}` })}\n`);
});
