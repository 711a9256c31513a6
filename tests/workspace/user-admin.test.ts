import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROLES, type Role } from '../../model/access.js';
import type { RunningServer } from '../../server/start-server.js';
import { createTestExecutor } from '../support/database.js';
import { startTestServer } from '../support/server.js';
import { createTestUser, signIn, type TestUser } from '../support/workspace.js';

const workspaceUri = inject('workspaceNeo4jUri');
const executor = createTestExecutor(workspaceUri);
let server: RunningServer;
let admin: TestUser;
let adminCookie: string;

beforeAll(async () => {
  server = await startTestServer({ neo4jUri: workspaceUri });
  admin = await createTestUser(executor, { role: 'admin' });
  adminCookie = await signIn(server.url, admin.email, admin.password);
});
afterAll(async () => {
  await server.close();
  await executor.close();
});

interface Answer {
  status: number;
  data?: Record<string, any> | null;
  errors?: { message: string; extensions: { code: string } }[];
}

async function gql(query: string, variables: Record<string, unknown>, cookie?: string): Promise<Answer> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...(cookie && { cookie }) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as object) };
}

const CREATE = 'mutation Create($input: CreateUserInput!) { createUser(input: $input) { id email name role disabled signInMethod version } }';
const SET_ROLE = 'mutation SetRole($id: ID!, $role: Role!) { setUserRole(id: $id, role: $role, reason: "needs it") { id role version } }';
const DISABLE = 'mutation Disable($id: ID!) { disableUser(id: $id, reason: "left") { id disabled } }';
const USERS = 'query Users($first: Int, $after: String) { users(first: $first, after: $after) { totalCount nodes { id email role } pageInfo { hasNextPage endCursor } } }';

async function userRow(id: string) {
  const [row] = await executor.read('MATCH (u:User {id: $id}) RETURN u.role AS role, u.disabled AS disabled', { id });
  return row;
}

async function auditOf(subjectId: string) {
  return executor.read(
    'MATCH (e:AuditEvent {subjectId: $subjectId}) RETURN e.action AS action, e.actorId AS actorId, e.beforeJson AS before, e.afterJson AS after, e.reason AS reason ORDER BY e.sequence',
    { subjectId },
  );
}

/** Each account-management operation, with variables that would succeed for an admin. */
async function operations(): Promise<{ name: string; query: string; variables: () => Promise<Record<string, unknown>>; changed: (variables: Record<string, unknown>) => Promise<boolean> }[]> {
  return [
    {
      name: 'createUser',
      query: CREATE,
      variables: async () => ({ input: { email: `matrix-${crypto.randomUUID()}@test.example`, name: 'Matrix', role: 'VIEWER', password: 'a long enough password' } }),
      changed: async (variables) =>
        (await executor.read('MATCH (u:User {login: $login}) RETURN u.id AS id', { login: (variables.input as { email: string }).email })).length > 0,
    },
    {
      name: 'setUserRole',
      query: SET_ROLE,
      variables: async () => ({ id: (await createTestUser(executor, { role: 'viewer' })).id, role: 'ADMIN' }),
      changed: async (variables) => (await userRow(variables.id as string))!.role !== 'viewer',
    },
    {
      name: 'disableUser',
      query: DISABLE,
      variables: async () => ({ id: (await createTestUser(executor, { role: 'viewer' })).id }),
      changed: async (variables) => (await userRow(variables.id as string))!.disabled === true,
    },
    {
      name: 'users',
      query: USERS,
      variables: async () => ({ first: 5 }),
      changed: async () => false,
    },
  ];
}

describe('account management through GraphQL: admins only', () => {
  const lesser: (Role | 'anonymous')[] = ['anonymous', ...ROLES.filter((role) => role !== 'admin')];

  it.each(lesser)('refuses every account operation to %s, and changes nothing', async (who) => {
    const cookie = who === 'anonymous' ? undefined : await signIn(server.url, ...(await credentials(who)));
    for (const operation of await operations()) {
      const variables = await operation.variables();
      const answer = await gql(operation.query, variables, cookie);
      expect(answer.errors?.map((error) => error.extensions.code), operation.name).toEqual([who === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN']);
      expect(answer.status, operation.name).toBe(who === 'anonymous' ? 401 : 403);
      expect(await operation.changed(variables), operation.name).toBe(false);
    }
  });

  it('allows each of them to an admin', async () => {
    for (const operation of await operations()) {
      const variables = await operation.variables();
      const answer = await gql(operation.query, variables, adminCookie);
      expect(answer.errors, operation.name).toBeUndefined();
      expect(answer.data?.[operation.name], operation.name).toBeTruthy();
      expect(await operation.changed(variables), operation.name).toBe(operation.name !== 'users');
    }
  });

  it('creates an account that signs in with its password, audited without the password or its hash', async () => {
    const email = `new-${crypto.randomUUID()}@test.example`;
    const password = 'first password of the new editor';
    const answer = await gql(CREATE, { input: { email, name: 'New Editor', role: 'EDITOR', password } }, adminCookie);
    const created = answer.data!.createUser;
    expect(created).toEqual({ id: expect.stringMatching(/^user:/), email, name: 'New Editor', role: 'EDITOR', disabled: false, signInMethod: 'PASSWORD', version: 1 });
    const cookie = await signIn(server.url, email, password);
    expect((await gql('{ me { id role } }', {}, cookie)).data!.me).toEqual({ id: created.id, role: 'EDITOR' });
    const events = await auditOf(created.id);
    expect(events[0]).toMatchObject({ action: 'USER_CREATED', actorId: admin.id });
    expect(JSON.parse(events[0]!.after as string)).toEqual({ login: email, email, name: 'New Editor', role: 'editor', disabled: false, externalId: null });
    expect(JSON.stringify(events)).not.toMatch(/argon2|first password/);
    const again = await gql(CREATE, { input: { email: email.toUpperCase(), name: 'Twin', role: 'VIEWER', password } }, adminCookie);
    expect(again.errors![0]!.extensions.code).toBe('CONFLICT');
  });

  it('refuses a short password without repeating it', async () => {
    const answer = await gql(CREATE, { input: { email: `short-${crypto.randomUUID()}@test.example`, name: 'Short', role: 'VIEWER', password: 'tiny-secret' } }, adminCookie);
    expect(answer.errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect(answer.errors![0]!.message).toMatch(/at least 12 characters/);
    expect(JSON.stringify(answer)).not.toContain('tiny-secret');
  });

  it("changes a role, which applies from the account's next request, audited before and after", async () => {
    const user = await createTestUser(executor, { role: 'viewer' });
    const cookie = await signIn(server.url, user.email, user.password);
    expect((await gql('{ me { role } }', {}, cookie)).data!.me.role).toBe('VIEWER');
    const answer = await gql(SET_ROLE, { id: user.id, role: 'REVIEWER' }, adminCookie);
    expect(answer.data!.setUserRole).toEqual({ id: user.id, role: 'REVIEWER', version: 2 });
    expect((await gql('{ me { role } }', {}, cookie)).data!.me.role).toBe('REVIEWER');
    const [event] = await auditOf(user.id);
    expect(event).toMatchObject({ action: 'USER_CHANGED', actorId: admin.id, reason: 'needs it' });
    expect([JSON.parse(event!.before as string).role, JSON.parse(event!.after as string).role]).toEqual(['viewer', 'reviewer']);
  });

  it('disables an account: its live sessions end at once and it cannot sign in again', async () => {
    const user = await createTestUser(executor, { role: 'editor' });
    const cookies = [await signIn(server.url, user.email, user.password), await signIn(server.url, user.email, user.password)];
    const answer = await gql(DISABLE, { id: user.id }, adminCookie);
    expect(answer.data!.disableUser).toEqual({ id: user.id, disabled: true });
    for (const cookie of cookies) expect((await gql('{ me { id } }', {}, cookie)).data!.me).toBeNull();
    const live = await executor.read('MATCH (s:Session {userId: $id}) WHERE s.revokedAt IS NULL RETURN count(s) AS live', { id: user.id });
    expect(live[0]!.live).toBe(0);
    await expect(signIn(server.url, user.email, user.password)).rejects.toThrow(/answered 401/);
  });

  it("refuses an admin's change to their own account, and an unknown id", async () => {
    const own = await gql(SET_ROLE, { id: admin.id, role: 'VIEWER' }, adminCookie);
    expect(own.errors![0]!.extensions.code).toBe('FORBIDDEN');
    expect((await userRow(admin.id))!.role).toBe('admin');
    const unknown = await gql(DISABLE, { id: 'user:nobody' }, adminCookie);
    expect(unknown.errors![0]!.extensions.code).toBe('NOT_FOUND');
  });

  it("refuses an admin's mutation sent as a form from another site (CSRF), even with the session cookie", async () => {
    const email = `csrf-${crypto.randomUUID()}@test.example`;
    const query = `mutation { createUser(input: {email: "${email}", name: "Forged", role: ADMIN, password: "a forged password"}) { id } }`;
    for (const type of ['application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x']) {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': type, cookie: adminCookie },
        body: type.startsWith('application/x-www') ? new URLSearchParams({ query }).toString() : JSON.stringify({ query }),
      });
      expect(response.status, type).toBeGreaterThanOrEqual(400);
      await response.arrayBuffer();
    }
    expect(await executor.read('MATCH (u:User {login: $email}) RETURN u.id', { email })).toEqual([]);
  });

  it('pages the accounts in email order', async () => {
    const first = await gql(USERS, { first: 2 }, adminCookie);
    const page = first.data!.users;
    expect(page.nodes).toHaveLength(2);
    expect(page.totalCount).toBeGreaterThanOrEqual(3);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const second = (await gql(USERS, { first: 2, after: page.pageInfo.endCursor }, adminCookie)).data!.users;
    expect(second.nodes[0].email.toLowerCase() > page.nodes[1].email.toLowerCase()).toBe(true);
    expect((await gql(USERS, { first: 2, after: 'not-a-cursor' }, adminCookie)).errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
  });
});

const accounts = new Map<Role, TestUser>();
async function credentials(role: Role): Promise<[string, string]> {
  let user = accounts.get(role);
  if (!user) {
    user = await createTestUser(executor, { role });
    accounts.set(role, user);
  }
  return [user.email, user.password];
}
