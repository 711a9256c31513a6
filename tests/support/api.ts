import { readConfig } from '../../server/config.js';
import { createGraphqlServer, type NexusYoga } from '../../server/graphql/yoga.js';
import { createLogger } from '../../server/logger.js';
import type { Executor } from '../../server/database/executor.js';

export interface GraphqlResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** The real GraphQL server, called in process through `yoga.fetch` (no port needed). */
export function createTestApi(executor: Executor, environment: NodeJS.ProcessEnv = {}): {
  yoga: NexusYoga;
  query<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphqlResponse<T>>;
} {
  const config = readConfig({ ...process.env, ...environment });
  const yoga = createGraphqlServer({ config, executor, logger: createLogger('silent') });
  return {
    yoga,
    async query(query, variables) {
      const response = await yoga.fetch('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...(await response.json()) };
    },
  };
}
