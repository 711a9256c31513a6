import type { Executor, QueryRunner } from '../database/executor.js';
import { createLoaders, type Loaders } from '../entities/loaders.js';

/** What every resolver gets: a counted query runner and the request's batching loaders. */
export interface RequestContext {
  runner: QueryRunner;
  loaders: Loaders;
}

export function createRequestContext(executor: Executor): RequestContext {
  const runner = executor.runner();
  return { runner, loaders: createLoaders(runner) };
}
