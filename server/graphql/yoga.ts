import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { Config } from '../config.js';
import type { Executor } from '../database/executor.js';
import type { Logger } from '../logger.js';
import { createRequestContext, type RequestContext } from './context.js';
import { OPERATION_LIMITS } from './limits.js';
import { buildSchema } from './schema.js';

export type NexusYoga = YogaServerInstance<Record<string, unknown>, RequestContext>;

/**
 * The GraphQL endpoint. Tests call `yoga.fetch(...)` in process; `server/http` mounts it on a port.
 * Errors are masked: only ApiErrors (code + actionable message) reach clients.
 */
export function createGraphqlServer(options: { config: Config; executor: Executor; logger: Logger }): NexusYoga {
  const { config, executor, logger } = options;
  return createYoga<Record<string, unknown>, RequestContext>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    context: () => createRequestContext(executor),
    maskedErrors: true,
    landingPage: false,
    logging: {
      debug: (...args) => logger.debug(args),
      info: (...args) => logger.info(args),
      warn: (...args) => logger.warn(args),
      error: (...args) => logger.error(args),
    },
    graphiql: config.graphiql ? { title: 'Nexus Graph · GraphiQL' } : false,
    plugins: [EnvelopArmorPlugin(OPERATION_LIMITS)],
  });
}
