import { createServer, type Server } from 'node:http';
import Provider from 'oidc-provider';
import { freePort } from './ports.js';

export interface TestIdentityProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Who signs in at the provider next (its login step picks this account without a form). */
  signInAs(account: { sub: string; email: string; name: string }): void;
  close(): Promise<void>;
}

/**
 * A real OpenID Connect provider (oidc-provider) on a loopback port, with one confidential client
 * whose redirect URI is given. Its login and consent steps complete at once for the account set
 * with `signInAs`: the test plays a user who signs in there, and everything else (discovery,
 * PKCE, state, nonce, the code exchange, the signed ID token) is the provider's real work.
 */
export async function startTestIdentityProvider(redirectUri: string): Promise<TestIdentityProvider> {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const clientId = 'nexus-graph';
  const clientSecret = `secret-${crypto.randomUUID()}`;
  const accounts = new Map<string, { sub: string; email: string; name: string }>();
  let current: { sub: string; email: string; name: string } | undefined;
  const provider = new Provider(issuer, {
    clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: [redirectUri], grant_types: ['authorization_code'], response_types: ['code'] }],
    async findAccount(_context: unknown, id: string) {
      const account = accounts.get(id);
      return account && { accountId: id, claims: () => ({ sub: id, email: account.email, email_verified: true, name: account.name }) };
    },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    // The ID token carries the scopes' claims (the server reads them there, not at userinfo).
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_context: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    cookies: { keys: [`cookie-key-${crypto.randomUUID()}`] },
  });
  const handle = provider.callback();
  const server: Server = createServer((request, response) => {
    if (!request.url?.startsWith('/interaction/')) {
      handle(request, response);
      return;
    }
    void (async () => {
      const details = await provider.interactionDetails(request, response);
      if (details.prompt.name === 'login') {
        if (!current) throw new Error('signInAs() was not called');
        accounts.set(current.sub, current);
        await provider.interactionFinished(request, response, { login: { accountId: current.sub } }, { mergeWithLastSubmission: false });
        return;
      }
      const grant = new provider.Grant({ accountId: details.session!.accountId!, clientId: details.params.client_id! });
      grant.addOIDCScope(details.params.scope!);
      await provider.interactionFinished(request, response, { consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: true });
    })().catch((error: unknown) => {
      response.statusCode = 500;
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    issuer,
    clientId,
    clientSecret,
    signInAs(account) {
      current = account;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A browser's part of a redirect dance, without a browser: follows redirects from `url` and
 * keeps each origin's cookies (name=value only: enough for the provider's and the API's).
 */
export class CookieJarBrowser {
  readonly jars = new Map<string, Map<string, string>>();

  cookie(origin: string, name: string): string | undefined {
    return this.jars.get(origin)?.get(name);
  }

  /** GETs `url` and follows redirects: every response on the way, the last one last. */
  async navigate(url: string, maxRedirects = 15): Promise<{ url: string; status: number; setCookies: string[] }[]> {
    const visited: { url: string; status: number; setCookies: string[] }[] = [];
    let next: string | null = url;
    while (next && visited.length <= maxRedirects) {
      const target: URL = new URL(next);
      const jar = this.jars.get(target.origin) ?? new Map<string, string>();
      this.jars.set(target.origin, jar);
      const response: Response = await fetch(target, {
        redirect: 'manual',
        headers: jar.size ? { cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; ') } : {},
      });
      const setCookies = response.headers.getSetCookie();
      for (const setCookie of setCookies) {
        const [pair] = setCookie.split(';');
        const separator = pair!.indexOf('=');
        const name = pair!.slice(0, separator).trim();
        const value = pair!.slice(separator + 1).trim();
        if (/max-age=0/i.test(setCookie) || /expires=Thu, 01 Jan 1970/i.test(setCookie)) jar.delete(name);
        else jar.set(name, value);
      }
      await response.arrayBuffer();
      visited.push({ url: target.href, status: response.status, setCookies });
      const location = response.headers.get('location');
      next = response.status >= 300 && response.status < 400 && location ? new URL(location, target).href : null;
    }
    return visited;
  }
}
