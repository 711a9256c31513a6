import { randomUUID } from 'node:crypto';
import type { Role } from '../../model/access.js';
import { hashPassword } from '../../server/auth/passwords.js';
import { createSessionAuthenticator, SESSION_COOKIE, SessionStore } from '../../server/auth/sessions.js';
import { insertUser } from '../../server/auth/users.js';
import { readConfig } from '../../server/config.js';
import type { Executor } from '../../server/database/executor.js';
import { createGraphqlServer, type NexusYoga } from '../../server/graphql/yoga.js';
import { createLogger } from '../../server/logger.js';
import type { GraphqlResponse } from './api.js';

export interface TestUser {
  id: string;
  email: string;
  password: string;
  name: string;
  role: Role;
}

/**
 * A new account of its own (unique email) with the given role, written straight to the
 * database: tests never share accounts, and never clear others'.
 */
export async function createTestUser(executor: Executor, options: { role: Role; name?: string; email?: string; password?: string }): Promise<TestUser> {
  const suffix = randomUUID().slice(0, 8);
  const email = options.email ?? `${options.role}-${suffix}@test.example`;
  const name = options.name ?? `Test ${options.role} ${suffix}`;
  const password = options.password ?? `correct horse ${suffix}`;
  const passwordHash = await hashPassword(password);
  const user = await executor.writeTransaction((transaction) => insertUser(transaction, { email, name, role: options.role, passwordHash }));
  return { id: user.id, email, password, name, role: options.role };
}

/** The `name=value` pair of a response's session cookie, or null when it sets none. */
export function sessionCookieOf(response: Response): string | null {
  const cookie = response.headers.getSetCookie().find((value) => value.startsWith(`${SESSION_COOKIE}=`));
  return cookie ? cookie.split(';')[0]! : null;
}

/** Signs in through the real route of a running server: the Cookie header to send with later requests. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const cookie = sessionCookieOf(response);
  if (response.status !== 200 || !cookie) throw new Error(`sign-in of ${email} answered ${response.status}: ${await response.text()}`);
  return cookie;
}

/** A session opened straight in the database (no HTTP server needed): the Cookie header that carries it. */
export async function testSessionCookie(executor: Executor, user: { id: string; name: string; role: Role }): Promise<string> {
  const store = new SessionStore(executor, readConfig({}).sessions, createLogger('silent'));
  const opened = await executor.writeTransaction((transaction) =>
    store.open(transaction, { ...user, login: user.id, email: user.id, passwordHash: null, externalId: null, disabled: false, createdAt: '', version: 1 }),
  );
  return `${SESSION_COOKIE}=${opened.token}`;
}

/**
 * The real GraphQL server in process (`yoga.fetch`), reading real sessions: `query` sends the
 * given Cookie header (from `signIn` or `testSessionCookie`), or none for an anonymous visitor.
 */
export function createWorkspaceApi(
  executor: Executor,
  environment: NodeJS.ProcessEnv = {},
): { yoga: NexusYoga; query<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, cookie?: string): Promise<GraphqlResponse<T>> } {
  const config = readConfig({ ...process.env, ...environment });
  const logger = createLogger('silent');
  const authenticator = createSessionAuthenticator(new SessionStore(executor, config.sessions, logger));
  const yoga = createGraphqlServer({ config, executor, logger, authenticator });
  return {
    yoga,
    async query(query, variables, cookie) {
      const response = await yoga.fetch('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...(cookie && { cookie }) },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...(await response.json()) };
    },
  };
}
