import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { GraphQLError } from 'graphql';
import { createYoga, type CORSOptions, type Plugin, type YogaLogger, type YogaServerInstance } from 'graphql-yoga';
import type { IncomingMessage } from 'node:http';
import { NO_AUTHENTICATION, type Authenticator } from '../auth/viewer.js';
import type { Config } from '../config.js';
import type { Executor } from '../database/executor.js';
import { currentRequestId, type Logger } from '../logger.js';
import { createRequestContext, type RequestContext } from './context.js';
import { graphiqlTabs, readCookbook } from './cookbook.js';
import { useGraphiqlPage } from './graphiql-page.js';
import { armorConfig } from './limits.js';
import { useRequestErrors } from './request-errors.js';
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

const GRAPHQL_ENDPOINT = '/graphql';

function graphiqlOptions(logger: Logger) {
  const tabs = graphiqlTabs(readCookbook());
  if (tabs.length === 0) logger.warn('docs/cookbook.md has no recipes: GraphiQL opens without example tabs');
  // The schema's own description (dates, limits, error codes) heads GraphiQL's documentation.
  return { title: 'Nexus Graph · GraphiQL', defaultQuery: tabs[0]?.query, defaultTabs: tabs, schemaDescription: true };
}

/**
 * Cross-origin calls from the configured origins only (CORS_ORIGINS); none by default, which
 * leaves the explorer and GraphiQL (same origin) unaffected. No credentials: the API has no
 * cookies or sessions to share.
 */
function corsFor(origins: readonly string[]): (request: Request) => CORSOptions {
  return (request) => {
    const origin = request.headers.get('origin');
    if (!origin || !origins.includes(origin)) return false;
    return {
      origin: [origin],
      credentials: false,
      methods: ['GET', 'POST'],
      allowedHeaders: ['Content-Type', 'Accept', 'X-Request-Id', ...CSRF_HEADERS],
      exposedHeaders: ['X-Request-Id'],
      maxAge: 600,
    };
  };
}

/**
 * Yoga's log calls into pino. An error goes under `err`, where pino's serializer prints its type,
 * message and stack: the resolver's own error rather than GraphQL's wrapper, with the field's path.
 */
function yogaLogger(logger: Logger): YogaLogger {
  const forward = (level: 'debug' | 'info' | 'warn' | 'error') => (...args: unknown[]) => {
    const [first, ...rest] = args;
    if (first instanceof GraphQLError) logger[level]({ err: first.originalError ?? first, path: first.path?.join('.') }, first.message);
    else if (first instanceof Error) logger[level]({ err: first, detail: rest.length ? rest : undefined }, first.message);
    else logger[level]({ detail: args }, typeof first === 'string' ? first : 'yoga');
  };
  return { debug: forward('debug'), info: forward('info'), warn: forward('warn'), error: forward('error') };
}

/**
 * The GraphQL endpoint. Tests call `yoga.fetch(...)` in process; `server/http` mounts it on a port.
 * Errors are masked: only ApiErrors (code + actionable message) reach clients.
 */
export function createGraphqlServer(options: { config: Config; executor: Executor; logger: Logger; authenticator?: Authenticator }): NexusYoga {
  const { config, executor, logger, authenticator = NO_AUTHENTICATION } = options;
  const plugins: Plugin[] = [
    // First: a browser asking for GraphiQL sends no CSRF header, and needs none for a page.
    ...(config.graphiql ? [useGraphiqlPage({ endpoint: GRAPHQL_ENDPOINT, graphiql: graphiqlOptions(logger) })] : []),
    useRequestErrors(),
    EnvelopArmorPlugin(armorConfig(config.limits)),
    useWorkCostLimit(config.limits.maxCost),
    useCSRFPrevention({ requestHeaders: CSRF_HEADERS }),
    useSpecStatusCodes(),
  ];
  if (!config.introspection) plugins.push(useDisableIntrospection());
  return createYoga<Record<string, unknown>, RequestContext>({
    schema: buildSchema(),
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    context: async ({ request, req }: { request: Request; req?: IncomingMessage }) =>
      createRequestContext(executor, config.limits, request.signal, {
        viewer: await authenticator.viewerOf(request),
        anonymousRead: config.anonymousRead,
        origin: { requestId: currentRequestId() ?? 'in-process', address: req?.socket.remoteAddress ?? 'in-process' },
        writeTimeoutMillis: config.neo4j.editTimeoutMillis,
      }),
    // Never a stack trace or a driver message, whatever NODE_ENV says; the log keeps the detail.
    maskedErrors: { isDev: false },
    landingPage: false,
    logging: yogaLogger(logger),
    cors: corsFor(config.corsOrigins),
    // GraphiQL's code is served inline, not from a CDN, so it works offline and behind firewalls;
    // useGraphiqlPage serves it compressed and cached, which yoga's own page is not.
    graphiql: false,
    plugins,
  });
}
