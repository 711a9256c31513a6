import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SIGN_IN_REFUSED_MESSAGE } from '../../server/auth/http-routes.js';
import { SESSION_COOKIE } from '../../server/auth/sessions.js';
import type { RunningServer } from '../../server/start-server.js';
import { createTestExecutor } from '../support/database.js';
import { memoryLogger } from '../support/log.js';
import { startTestServer } from '../support/server.js';
import { createTestUser, sessionCookieOf, signIn } from '../support/workspace.js';

const workspaceUri = inject('workspaceNeo4jUri');
const executor = createTestExecutor(workspaceUri);
const log = memoryLogger('debug');
let server: RunningServer;

beforeAll(async () => {
  server = await startTestServer({
    neo4jUri: workspaceUri,
    logger: log.logger,
    environment: { LOGIN_MAX_FAILURES_PER_ACCOUNT: '3', LOGIN_MAX_FAILURES_PER_ADDRESS: '1000' },
  });
});
afterAll(async () => {
  await server.close();
  await executor.close();
});

function postSignIn(email: string, password: string, headers: Record<string, string> = {}, base = server.url) {
  return fetch(`${base}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ email, password }),
  });
}

async function me(cookie?: string, base = server.url): Promise<{ id: string; name: string; role: string } | null> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie && { cookie }) },
    body: JSON.stringify({ query: '{ me { id name role } }' }),
  });
  const body = (await response.json()) as { data: { me: { id: string; name: string; role: string } | null } };
  return body.data.me;
}

async function auditEvents(subjectId: string): Promise<{ action: string; reason: string | null; actorId: string | null }[]> {
  const rows = await executor.read(
    'MATCH (e:AuditEvent {subjectId: $subjectId}) RETURN e.action AS action, e.reason AS reason, e.actorId AS actorId ORDER BY e.sequence',
    { subjectId },
  );
  return rows as { action: string; reason: string | null; actorId: string | null }[];
}

describe('signing in and out with a local account', () => {
  it('signs in with the right password: an HttpOnly, Secure, SameSite=Strict session cookie, and `me` is the account', async () => {
    const user = await createTestUser(executor, { role: 'editor' });
    const response = await postSignIn(`  ${user.email.toUpperCase()} `, user.password);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ user: { id: user.id, name: user.name, email: user.email, role: 'EDITOR' } });
    const [setCookie] = response.headers.getSetCookie();
    const attributes = setCookie!.split(';').map((part) => part.trim());
    expect(attributes[0]).toMatch(new RegExp(`^${SESSION_COOKIE}=[A-Za-z0-9_-]{43}$`));
    expect(attributes).toEqual(expect.arrayContaining(['HttpOnly', 'Secure', 'SameSite=Strict', 'Path=/', 'Max-Age=43200']));
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await me(attributes[0])).toEqual({ id: user.id, name: user.name, role: 'EDITOR' });
    const sessions = await executor.read('MATCH (s:Session {userId: $id}) RETURN s.id AS id', { id: user.id });
    expect(sessions).toHaveLength(1);
    expect((await auditEvents(sessions[0]!.id as string)).map((event) => event.action)).toEqual(['SIGN_IN']);
  });

  it('answers an unknown account, a wrong password and a disabled account alike, and logs and audits each refusal', async () => {
    const user = await createTestUser(executor, { role: 'viewer' });
    const disabled = await createTestUser(executor, { role: 'viewer' });
    await executor.writeTransaction((tx) => tx.run('MATCH (u:User {id: $id}) SET u.disabled = true', { id: disabled.id }));
    const unknownEmail = `nobody-${user.id.slice(-8)}@test.example`;
    const answers = await Promise.all([
      postSignIn(unknownEmail, 'some password 123'),
      postSignIn(user.email, 'not the password'),
      postSignIn(disabled.email, disabled.password),
    ]);
    const bodies = await Promise.all(answers.map((answer) => answer.text()));
    expect(answers.map((answer) => answer.status)).toEqual([401, 401, 401]);
    expect(new Set(bodies)).toEqual(new Set([JSON.stringify({ errors: [{ message: SIGN_IN_REFUSED_MESSAGE, extensions: { code: 'UNAUTHENTICATED' } }] })]));
    expect(answers.every((answer) => answer.headers.getSetCookie().length === 0)).toBe(true);
    expect(await auditEvents(unknownEmail)).toEqual([{ action: 'SIGN_IN_REFUSED', reason: 'unknown account', actorId: null }]);
    expect(await auditEvents(user.id)).toEqual([{ action: 'SIGN_IN_REFUSED', reason: 'wrong password', actorId: null }]);
    expect(await auditEvents(disabled.id)).toEqual([{ action: 'SIGN_IN_REFUSED', reason: 'account disabled', actorId: null }]);
    const refusals = log.lines.filter((line) => line.msg === 'sign-in refused');
    expect(refusals.map((line) => line.login)).toEqual(expect.arrayContaining([unknownEmail, user.email, disabled.email]));
  });

  it('stops an account after LOGIN_MAX_FAILURES_PER_ACCOUNT refusals, even with the right password: 429 with Retry-After', async () => {
    const user = await createTestUser(executor, { role: 'viewer' });
    const other = await createTestUser(executor, { role: 'viewer' });
    for (let attempt = 0; attempt < 3; attempt += 1) expect((await postSignIn(user.email, `wrong ${attempt}`)).status).toBe(401);
    const throttled = await postSignIn(user.email, user.password);
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(800);
    expect(((await throttled.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('TOO_MANY_REQUESTS');
    expect(throttled.headers.getSetCookie()).toEqual([]);
    expect((await auditEvents(user.id)).at(-1)).toEqual({ action: 'SIGN_IN_REFUSED', reason: 'too many refused sign-ins', actorId: null });
    // Another account from the same address still signs in: the limit is the account's.
    expect((await postSignIn(other.email, other.password)).status).toBe(200);
  });

  it('stops an address after LOGIN_MAX_FAILURES_PER_ADDRESS refusals, whichever accounts it tries', async () => {
    const strict = await startTestServer({
      neo4jUri: workspaceUri,
      environment: { LOGIN_MAX_FAILURES_PER_ACCOUNT: '100', LOGIN_MAX_FAILURES_PER_ADDRESS: '4' },
    });
    try {
      const user = await createTestUser(executor, { role: 'viewer' });
      for (let attempt = 0; attempt < 4; attempt += 1) {
        expect((await postSignIn(`guess-${attempt}-${user.id.slice(-6)}@test.example`, 'a guess', {}, strict.url)).status).toBe(401);
      }
      const throttled = await postSignIn(user.email, user.password, {}, strict.url);
      expect(throttled.status).toBe(429);
      expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await strict.close();
    }
  });

  it('ends the session at sign-out: the same cookie sent again is anonymous', async () => {
    const user = await createTestUser(executor, { role: 'reviewer' });
    const cookie = await signIn(server.url, user.email, user.password);
    expect(await me(cookie)).toMatchObject({ id: user.id, role: 'REVIEWER' });
    const out = await fetch(`${server.url}/auth/sign-out`, { method: 'POST', headers: { 'content-type': 'application/json', cookie } });
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie()[0]).toMatch(new RegExp(`^${SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Strict$`));
    expect(await me(cookie)).toBeNull();
    const [session] = await executor.read('MATCH (s:Session {userId: $id}) RETURN s.id AS id, s.revokedAt AS revokedAt', { id: user.id });
    expect(session!.revokedAt).toEqual(expect.any(String));
    expect((await auditEvents(session!.id as string)).map((event) => event.action)).toEqual(['SIGN_IN', 'SIGN_OUT']);
  });

  it('never promotes a cookie the browser had before signing in (session fixation), and ends a live one', async () => {
    const user = await createTestUser(executor, { role: 'viewer' });
    const planted = `${SESSION_COOKIE}=${'A'.repeat(43)}`;
    const first = await postSignIn(user.email, user.password, { cookie: planted });
    const firstCookie = sessionCookieOf(first)!;
    expect(firstCookie).not.toBe(planted);
    expect(await me(planted)).toBeNull();
    const second = await postSignIn(user.email, user.password, { cookie: firstCookie });
    const secondCookie = sessionCookieOf(second)!;
    expect(secondCookie).not.toBe(firstCookie);
    expect(await me(firstCookie)).toBeNull();
    expect(await me(secondCookie)).toMatchObject({ id: user.id });
  });

  it('refuses a sign-in that is not JSON from this site (CSRF)', async () => {
    const user = await createTestUser(executor, { role: 'viewer' });
    const form = await fetch(`${server.url}/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ email: user.email, password: user.password }),
    });
    expect(form.status).toBe(415);
    const crossSite = await postSignIn(user.email, user.password, { origin: 'https://evil.example' });
    expect(crossSite.status).toBe(403);
    expect(crossSite.headers.getSetCookie()).toEqual([]);
    const sameSite = await postSignIn(user.email, user.password, { origin: server.url });
    expect(sameSite.status).toBe(200);
  });

  it('writes neither a password nor a session token to the log', async () => {
    const user = await createTestUser(executor, { role: 'viewer', password: `secret-${Date.now()}-pass` });
    await postSignIn(user.email, `${user.password}-wrong`);
    await postSignIn(user.email, '{"not json');
    await fetch(`${server.url}/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: `{"email": "${user.email}", "password": "${user.password}"` });
    const cookie = await signIn(server.url, user.email, user.password);
    await me(cookie);
    await fetch(`${server.url}/auth/sign-out`, { method: 'POST', headers: { 'content-type': 'application/json', cookie } });
    const written = JSON.stringify(log.lines);
    expect(written).toContain(user.email);
    expect(written).not.toContain(user.password);
    expect(written).not.toContain(cookie.split('=')[1]);
  });
});

describe('ANONYMOUS_READ=false', () => {
  it('refuses an anonymous query (UNAUTHENTICATED) and answers a signed-in viewer', async () => {
    const closed = await startTestServer({ neo4jUri: workspaceUri, environment: { ANONYMOUS_READ: 'false' } });
    try {
      const user = await createTestUser(executor, { role: 'viewer' });
      const ask = (cookie?: string) =>
        fetch(`${closed.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...(cookie && { cookie }) },
          body: JSON.stringify({ query: '{ stats { entities } }' }),
        });
      const anonymous = await ask();
      expect(anonymous.status).toBe(401);
      expect(((await anonymous.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
      expect(await me(undefined, closed.url)).toBeNull();
      const cookie = await signIn(closed.url, user.email, user.password);
      const signedIn = await ask(cookie);
      expect(signedIn.status).toBe(200);
      expect(((await signedIn.json()) as { data: { stats: { entities: number } } }).data.stats.entities).toBeGreaterThan(0);
    } finally {
      await closed.close();
    }
  });
});
