import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { OIDC_COOKIE } from '../../server/auth/oidc.js';
import { SESSION_COOKIE } from '../../server/auth/sessions.js';
import { readConfig } from '../../server/config.js';
import { createLogger } from '../../server/logger.js';
import { startServer, type RunningServer } from '../../server/start-server.js';
import { createTestExecutor } from '../support/database.js';
import { CookieJarBrowser, startTestIdentityProvider, type TestIdentityProvider } from '../support/identity-provider.js';
import { freePort } from '../support/ports.js';

const workspaceUri = inject('workspaceNeo4jUri');
const executor = createTestExecutor(workspaceUri);
let provider: TestIdentityProvider;
let api: RunningServer;

beforeAll(async () => {
  const port = await freePort();
  const redirectUri = `http://127.0.0.1:${port}/auth/oidc/callback`;
  provider = await startTestIdentityProvider(redirectUri);
  api = await startServer({
    config: readConfig({
      ...process.env,
      WARM_UP_QUERY_PLANS: 'false',
      NEO4J_URI: workspaceUri,
      PORT: String(port),
      HOST: '127.0.0.1',
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: provider.clientId,
      OIDC_CLIENT_SECRET: provider.clientSecret,
      OIDC_REDIRECT_URI: redirectUri,
    }),
    neo4jUri: workspaceUri,
    logger: createLogger('silent'),
  });
});
afterAll(async () => {
  await api.close();
  await provider.close();
  await executor.close();
});

function someone() {
  const id = crypto.randomUUID();
  return { sub: `sub-${id}`, email: `idp-${id}@org.example`, name: `Ida Provider ${id.slice(0, 4)}` };
}

async function me(cookie: string) {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query: '{ me { id name role } }' }),
  });
  return ((await response.json()) as { data: { me: { id: string; name: string; role: string } | null } }).data.me;
}

const sessionOf = (browser: CookieJarBrowser) => {
  const token = browser.cookie(api.url, SESSION_COOKIE);
  return token ? `${SESSION_COOKIE}=${token}` : null;
};

describe('sign-in through the OpenID Connect provider (a real oidc-provider on loopback)', () => {
  it('says that the identity provider is offered', async () => {
    const methods = await (await fetch(`${api.url}/auth/methods`)).json();
    expect(methods).toEqual({ password: true, identityProvider: { startPath: '/auth/oidc/start' } });
  });

  it('signs a new user in with PKCE, state and nonce, creating their account with the default role', async () => {
    const person = someone();
    provider.signInAs(person);
    const browser = new CookieJarBrowser();
    const steps = await browser.navigate(`${api.url}/auth/oidc/start`);
    const authorize = new URL(steps[1]!.url);
    expect(authorize.origin).toBe(provider.issuer);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(authorize.searchParams.get('state')).toBeTruthy();
    expect(authorize.searchParams.get('nonce')).toBeTruthy();
    const callback = steps.find((step) => step.url.startsWith(`${api.url}/auth/oidc/callback`))!;
    expect(callback.status).toBe(302);
    expect(steps.at(-1)!.url).toBe(`${api.url}/`);
    expect(callback.setCookies.find((cookie) => cookie.startsWith(`${SESSION_COOKIE}=`))).toMatch(/HttpOnly; Secure; SameSite=Strict$/);
    const cookie = sessionOf(browser)!;
    const account = await me(cookie);
    expect(account).toMatchObject({ name: person.name, role: 'VIEWER' });
    const [stored] = await executor.read('MATCH (u:User {id: $id}) RETURN u.externalId AS externalId, u.email AS email, u.passwordHash AS hash', { id: account!.id });
    expect(stored).toEqual({ externalId: `${provider.issuer}|${person.sub}`, email: person.email, hash: null });
    const events = await executor.read(
      'MATCH (e:AuditEvent) WHERE e.subjectId = $id OR e.relatedId = $id RETURN e.action AS action ORDER BY e.sequence',
      { id: account!.id },
    );
    expect(events.map((event) => event.action)).toEqual(['USER_CREATED', 'SIGN_IN']);
    expect(browser.cookie(api.url, OIDC_COOKIE)).toBeUndefined();
  });

  it('finds the same account at the next sign-in, with the role an admin gave it', async () => {
    const person = someone();
    provider.signInAs(person);
    const first = new CookieJarBrowser();
    await first.navigate(`${api.url}/auth/oidc/start`);
    const { id } = (await me(sessionOf(first)!))!;
    await executor.writeTransaction((tx) => tx.run('MATCH (u:User {id: $id}) SET u.role = "editor"', { id }));
    const second = new CookieJarBrowser();
    await second.navigate(`${api.url}/auth/oidc/start`);
    expect(await me(sessionOf(second)!)).toEqual({ id, name: person.name, role: 'EDITOR' });
    const twins = await executor.read('MATCH (u:User {externalId: $externalId}) RETURN count(u) AS count', { externalId: `${provider.issuer}|${person.sub}` });
    expect(twins[0]!.count).toBe(1);
  });

  it('refuses an answer whose state is not the one this browser was sent with', async () => {
    provider.signInAs(someone());
    const browser = new CookieJarBrowser();
    const [start] = await browser.navigate(`${api.url}/auth/oidc/start`, 0);
    expect(start!.status).toBe(302);
    const authorize = new URL((await fetch(`${api.url}/auth/oidc/start`, { redirect: 'manual' })).headers.get('location')!);
    // The provider's answer to another browser's request (its state), brought back by this one.
    const steps = await browser.navigate(authorize.href);
    const callback = steps.find((step) => step.url.startsWith(`${api.url}/auth/oidc/callback`))!;
    expect(callback.status).toBe(401);
    expect(sessionOf(browser)).toBeNull();
  });

  it('refuses a callback without a sign-in started in this browser, and audits it', async () => {
    const response = await fetch(`${api.url}/auth/oidc/callback?code=made-up&state=made-up`, { redirect: 'manual' });
    expect(response.status).toBe(401);
    expect(response.headers.getSetCookie().some((cookie) => cookie.startsWith(`${SESSION_COOKIE}=`))).toBe(false);
    const refusals = await executor.read(
      "MATCH (e:AuditEvent {action: 'SIGN_IN_REFUSED', reason: 'identity provider: no sign-in under way'}) RETURN count(e) AS count",
    );
    expect(refusals[0]!.count).toBeGreaterThan(0);
  });

  it('refuses a disabled account the provider still vouches for', async () => {
    const person = someone();
    provider.signInAs(person);
    const first = new CookieJarBrowser();
    await first.navigate(`${api.url}/auth/oidc/start`);
    const { id } = (await me(sessionOf(first)!))!;
    await executor.writeTransaction((tx) => tx.run('MATCH (u:User {id: $id}) SET u.disabled = true', { id }));
    const second = new CookieJarBrowser();
    const steps = await second.navigate(`${api.url}/auth/oidc/start`);
    expect(steps.at(-1)!.status).toBe(401);
    expect(sessionOf(second)).toBeNull();
  });
});
