import type { AccessContext } from '../auth/role-guard.js';
import type { RequestOrigin, Viewer } from '../auth/viewer.js';
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

/**
 * What every resolver gets: a counted query runner, the request's loaders and the argument
 * bounds; who the request acts for (checked by server/auth/role-guard.ts, never by resolvers)
 * and where it came from (for the audit trail).
 */
export interface RequestContext extends AccessContext {
  runner: QueryRunner;
  loaders: Loaders;
  limits: Limits;
  origin: RequestOrigin;
}

export interface RequestAccess {
  viewer: Viewer | null;
  anonymousRead: boolean;
  origin: RequestOrigin;
  /** Timeout of the request's write transactions (EDIT_TRANSACTION_TIMEOUT_MS). */
  writeTimeoutMillis?: number;
}

/** Anonymous, read allowed, from nowhere in particular: scripts, benches and tests of the read API. */
export const ANONYMOUS_ACCESS: RequestAccess = { viewer: null, anonymousRead: true, origin: { requestId: 'local', address: 'local' } };

/** `signal` is the HTTP request's: when the client goes away, its database work is stopped. */
export function createRequestContext(
  executor: Executor,
  limits: Limits,
  signal?: AbortSignal,
  access: RequestAccess = ANONYMOUS_ACCESS,
): RequestContext {
  const runner = executor.runner(signal, access.writeTimeoutMillis);
  return {
    runner,
    limits,
    viewer: access.viewer,
    anonymousRead: access.anonymousRead,
    origin: access.origin,
    loaders: {
      ...createEntityLoaders(runner),
      ...createRelationLoaders(runner),
      ...createDatasetLoaders(runner),
      partners: createPartnersLoader(runner),
      mentions: createMentionsLoader(runner),
    },
  };
}
