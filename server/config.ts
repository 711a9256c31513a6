import { z } from 'zod';

const flag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

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
  GRAPHIQL: flag.optional(),
  GRAPHQL_INTROSPECTION: flag.optional(),
  /** Largest request body the API accepts, in bytes. */
  MAX_BODY_BYTES: z.coerce.number().int().positive().default(100_000),
});

export interface Config {
  production: boolean;
  host: string;
  port: number;
  logLevel: z.infer<typeof environmentSchema>['LOG_LEVEL'];
  neo4j: { uri: string | undefined; user: string; password: string; database: string; localPort: number };
  graphiql: boolean;
  introspection: boolean;
  maxBodyBytes: number;
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
    },
    // Analysts get GraphiQL and introspection unless an operator switches them off.
    graphiql: env.GRAPHIQL ?? true,
    introspection: env.GRAPHQL_INTROSPECTION ?? true,
    maxBodyBytes: env.MAX_BODY_BYTES,
  };
}
