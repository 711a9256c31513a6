import type { Executor, QueryRunner } from '../database/executor.js';
import { createDatasetLoaders, type DatasetLoaders } from '../datasets/loaders.js';
import { createEntityLoaders, type EntityLoaders } from '../entities/loaders.js';
import { createRelationLoaders, type RelationLoaders } from '../relations/loaders.js';
import { createPartnersLoader, type PartnersLoader } from '../roles/partners-loader.js';
import { createMentionsLoader, type MentionsLoader } from '../sources/mentions-loader.js';
import type { Limits } from './limits.js';

/** Per-request batching: whatever one level of a query asks for is fetched in one Cypher query. */
export interface Loaders extends EntityLoaders, RelationLoaders, DatasetLoaders {
  partners: PartnersLoader;
  mentions: MentionsLoader;
}

/** What every resolver gets: a counted query runner, the request's loaders and the argument bounds. */
export interface RequestContext {
  runner: QueryRunner;
  loaders: Loaders;
  limits: Limits;
}

/** `signal` is the HTTP request's: when the client goes away, its database work is stopped. */
export function createRequestContext(executor: Executor, limits: Limits, signal?: AbortSignal): RequestContext {
  const runner = executor.runner(signal);
  return {
    runner,
    limits,
    loaders: {
      ...createEntityLoaders(runner),
      ...createRelationLoaders(runner),
      ...createDatasetLoaders(runner),
      partners: createPartnersLoader(runner),
      mentions: createMentionsLoader(runner),
    },
  };
}
