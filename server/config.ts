import { z } from 'zod';
import { ROLES, type Role } from '../model/access.js';
import { DEFAULT_LIMITS, type Limits } from './graphql/limits.js';

const flag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

/** An optional whole number within bounds; unset, the default in server/graphql/limits.ts applies. */
const limit = (min: number, max: number) => z.coerce.number().int().min(min).max(max).optional();

const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** An existing Neo4j (docker compose, a cluster, Aura). Unset: the start script runs a local one. */
  NEO4J_URI: z.string().regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\//, 'must start with bolt://, neo4j://, bolt+s:// or neo4j+s://').optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default('neo4j'),
  NEO4J_DATABASE: z.string().default('neo4j'),
  /** Port of the local Neo4j the start script runs when NEO4J_URI is unset. */
  NEO4J_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
  /** Longest a read transaction (every API query) may run before the database stops it. */
  NEO4J_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  /** Longest an API write (an edit, a review, a sign-in) may run. */
  EDIT_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  /** Whether visitors who are not signed in may read the graph (the local start: yes). */
  ANONYMOUS_READ: flag.default(true),
  /** A session ends after this long without a request (idle expiry)… */
  SESSION_IDLE_MINUTES: z.coerce.number().min(1).max(7 * 24 * 60).default(30),
  /** …and this long after sign-in, however busy (absolute expiry). */
  SESSION_ABSOLUTE_HOURS: z.coerce.number().min(0.05).max(30 * 24).default(12),
  /** Refused sign-ins an account (by its email) may have within the window before it must wait. */
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).max(1_000).default(5),
  /** Refused sign-ins one client address may have within the window, whatever accounts it tries. */
  LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).max(10_000).default(20),
  LOGIN_FAILURE_WINDOW_MINUTES: z.coerce.number().min(0.05).max(24 * 60).default(15),
  /** Sign-in through an organisation's OpenID Connect provider: set all four to switch it on. */
  OIDC_ISSUER: z.url({ protocol: /^https?$/ }).optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_REDIRECT_URI: z.url({ protocol: /^https?$/ }).optional(),
  /** The role of a user the identity provider vouches for, on their first sign-in. */
  OIDC_DEFAULT_ROLE: z.enum(ROLES).default('viewer'),
  /** Longest a write transaction (schema, seed import) may run. */
  NEO4J_WRITE_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(300_000),
  /** How long /readyz (and the probe that watches a database that went away) waits for `RETURN 1`. */
  NEO4J_PROBE_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(1_500),
  GRAPHIQL: flag.optional(),
  /** Plan the server's queries once at start-up, in the background (server/graphql/warm-up.ts). */
  WARM_UP_QUERY_PLANS: flag.default(true),
  GRAPHQL_INTROSPECTION: flag.optional(),
  /** Largest request body the API accepts, in bytes. */
  MAX_BODY_BYTES: z.coerce.number().int().positive().default(100_000),
  /** Browser origins (scheme://host[:port], comma-separated) allowed to call the API cross-origin; unset: none. */
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((value) => value.split(',').map((origin) => origin.trim()).filter(Boolean))
    .pipe(z.array(z.url({ protocol: /^https?$/ }).regex(/^https?:\/\/[^/]+$/, 'an origin is scheme://host[:port], without a path'))),
  /** Time a client has to send its headers, and its whole request, before the server cuts it off. */
  HTTP_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(10_000),
  HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(10_000),
  /** Operation limits (graphql-armor): see server/graphql/limits.ts for the defaults and why. */
  GRAPHQL_MAX_DEPTH: limit(1, 50),
  GRAPHQL_MAX_ALIASES: limit(0, 100),
  GRAPHQL_MAX_DIRECTIVES: limit(0, 100),
  GRAPHQL_MAX_TOKENS: limit(50, 100_000),
  GRAPHQL_MAX_COST: limit(10, 1_000_000),
  /** Argument bounds, checked by the resolvers; the hard ceilings keep one request affordable. */
  MAX_PAGE_SIZE: limit(1, 500),
  MAX_NEIGHBOURHOOD_DEPTH: limit(1, 3),
  MAX_SUBGRAPH_NODES: limit(1, 2_000),
});

export interface Config {
  production: boolean;
  host: string;
  port: number;
  logLevel: z.infer<typeof environmentSchema>['LOG_LEVEL'];
  neo4j: {
    uri: string | undefined;
    user: string;
    password: string;
    database: string;
    localPort: number;
    readTimeoutMillis: number;
    writeTimeoutMillis: number;
    editTimeoutMillis: number;
    probeTimeoutMillis: number;
  };
  anonymousRead: boolean;
  sessions: SessionSettings;
  login: LoginLimits;
  /** Null: only local accounts sign in. */
  oidc: OidcSettings | null;
  graphiql: boolean;
  warmUpQueryPlans: boolean;
  introspection: boolean;
  maxBodyBytes: number;
  corsOrigins: string[];
  http: { headersTimeoutMs: number; requestTimeoutMs: number };
  limits: Limits;
}

export interface SessionSettings {
  idleMillis: number;
  absoluteMillis: number;
}

export interface LoginLimits {
  maxFailuresPerAccount: number;
  maxFailuresPerAddress: number;
  windowMillis: number;
}

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  defaultRole: Role;
}

function oidcSettings(env: z.infer<typeof environmentSchema>): OidcSettings | null {
  const { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret, OIDC_REDIRECT_URI: redirectUri } = env;
  const given = [issuer, clientId, clientSecret, redirectUri].filter((value) => value !== undefined).length;
  if (given === 0) return null;
  if (!issuer || !clientId || !clientSecret || !redirectUri) {
    throw new Error('Invalid configuration:\n  OIDC: set OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET and OIDC_REDIRECT_URI together (or none of them).');
  }
  // Plain HTTP only to a provider on this machine (a developer's or a test's): anywhere else the
  // code, the tokens and the client secret would cross the network in clear.
  const loopback = (url: string) => ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname);
  if (new URL(issuer).protocol === 'http:' && !loopback(issuer)) {
    throw new Error('Invalid configuration:\n  OIDC_ISSUER: use https:// (http:// only for a provider on this machine).');
  }
  return { issuer, clientId, clientSecret, redirectUri, defaultRole: env.OIDC_DEFAULT_ROLE };
}

/** Reads and validates the environment once, at the edge, so the rest of the server trusts its types. */
export function readConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const env = parsed.data;
  const production = env.NODE_ENV === 'production';
  return {
    production,
    host: env.HOST,
    port: env.PORT,
    logLevel: env.LOG_LEVEL,
    neo4j: {
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER,
      password: env.NEO4J_PASSWORD,
      database: env.NEO4J_DATABASE,
      localPort: env.NEO4J_PORT,
      readTimeoutMillis: env.NEO4J_TRANSACTION_TIMEOUT_MS,
      writeTimeoutMillis: env.NEO4J_WRITE_TRANSACTION_TIMEOUT_MS,
      editTimeoutMillis: env.EDIT_TRANSACTION_TIMEOUT_MS,
      probeTimeoutMillis: env.NEO4J_PROBE_TIMEOUT_MS,
    },
    anonymousRead: env.ANONYMOUS_READ,
    sessions: { idleMillis: env.SESSION_IDLE_MINUTES * 60_000, absoluteMillis: env.SESSION_ABSOLUTE_HOURS * 3_600_000 },
    login: {
      maxFailuresPerAccount: env.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      maxFailuresPerAddress: env.LOGIN_MAX_FAILURES_PER_ADDRESS,
      windowMillis: env.LOGIN_FAILURE_WINDOW_MINUTES * 60_000,
    },
    oidc: oidcSettings(env),
    // GraphiQL is a tool for analysts at their desk: on unless in production, where an operator
    // opts in (GRAPHIQL=true). Introspection stays on: the explorer's users and tools read the schema.
    graphiql: env.GRAPHIQL ?? !production,
    warmUpQueryPlans: env.WARM_UP_QUERY_PLANS,
    introspection: env.GRAPHQL_INTROSPECTION ?? true,
    maxBodyBytes: env.MAX_BODY_BYTES,
    corsOrigins: env.CORS_ORIGINS,
    // Node answers 408 and closes a connection whose headers or request are not in by then.
    http: {
      headersTimeoutMs: Math.min(env.HTTP_HEADERS_TIMEOUT_MS, env.HTTP_REQUEST_TIMEOUT_MS),
      requestTimeoutMs: env.HTTP_REQUEST_TIMEOUT_MS,
    },
    limits: {
      maxDepth: env.GRAPHQL_MAX_DEPTH ?? DEFAULT_LIMITS.maxDepth,
      maxAliases: env.GRAPHQL_MAX_ALIASES ?? DEFAULT_LIMITS.maxAliases,
      maxDirectives: env.GRAPHQL_MAX_DIRECTIVES ?? DEFAULT_LIMITS.maxDirectives,
      maxTokens: env.GRAPHQL_MAX_TOKENS ?? DEFAULT_LIMITS.maxTokens,
      maxCost: env.GRAPHQL_MAX_COST ?? DEFAULT_LIMITS.maxCost,
      maxPageSize: env.MAX_PAGE_SIZE ?? DEFAULT_LIMITS.maxPageSize,
      maxNeighbourhoodDepth: env.MAX_NEIGHBOURHOOD_DEPTH ?? DEFAULT_LIMITS.maxNeighbourhoodDepth,
      maxSubgraphNodes: env.MAX_SUBGRAPH_NODES ?? DEFAULT_LIMITS.maxSubgraphNodes,
    },
  };
}
