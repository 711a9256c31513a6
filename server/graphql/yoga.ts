import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { Config } from '../config.js';
import type { Executor } from '../database/executor.js';
import type { Logger } from '../logger.js';
import { createRequestContext, type RequestContext } from './context.js';
import { graphiqlTabs, readCookbook } from './cookbook.js';
import { armorConfig } from './limits.js';
import { buildSchema } from './schema.js';
import { useSpecStatusCodes } from './status-codes.js';
import { useWorkCostLimit } from './work-cost.js';

export type NexusYoga = YogaServerInstance<Record<string, unknown>, RequestContext>;

/**
 * Headers that mark a request as not "simple" for browsers (so it had a CORS preflight): a GET
 * must carry one, a POST must carry one or a JSON content type. The first is the name the
 * GraphQL-over-HTTP spec suggests, the second yoga's own.
 */
export const CSRF_HEADERS = ['GraphQL-Require-Preflight', 'X-GraphQL-Yoga-CSRF'];

function graphiqlOptions(logger: Logger) {
  const tabs = graphiqlTabs(readCookbook());
  if (tabs.length === 0) logger.warn('docs/cookbook.md has no recipes: GraphiQL opens without example tabs');
  // The schema's own description (dates, limits, error codes) heads GraphiQL's documentation.
  return { title: 'Nexus Graph · GraphiQL', defaultQuery: tabs[0]?.query, defaultTabs: tabs, schemaDescription: true };
}

/**
 * The GraphQL endpoint. Tests call `yoga.fetch(...)` in process; `server/http` mounts it on a port.
 * Errors are masked: only ApiErrors (code + actionable message) reach clients.
 */
export function createGraphqlServer(options: { config: Config; executor: Executor; logger: Logger }): NexusYoga {
  const { config, executor, logger } = options;
  const plugins: Plugin[] = [
    EnvelopArmorPlugin(armorConfig(config.limits)),
    useWorkCostLimit(config.limits.maxCost),
    useCSRFPrevention({ requestHeaders: CSRF_HEADERS }),
    useSpecStatusCodes(),
  ];
  if (!config.introspection) plugins.push(useDisableIntrospection());
  return createYoga<Record<string, unknown>, RequestContext>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    context: ({ request }) => createRequestContext(executor, config.limits, request.signal),
    // Never a stack trace or a driver message, whatever NODE_ENV says; the log keeps the detail.
    maskedErrors: { isDev: false },
    landingPage: false,
    logging: {
      debug: (...args) => logger.debug(args),
      info: (...args) => logger.info(args),
      warn: (...args) => logger.warn(args),
      error: (...args) => logger.error(args),
    },
    graphiql: config.graphiql ? graphiqlOptions(logger) : false,
    // GraphiQL's code is served inline, not from a CDN, so it works offline and behind firewalls.
    renderGraphiQL,
    plugins,
  });
}
