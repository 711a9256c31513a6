import * as client from 'openid-client';
import type { OidcSettings } from '../config.js';
import { ConflictError } from '../database/errors.js';
import type { Executor } from '../database/executor.js';
import type { Logger } from '../logger.js';
import { originOf, sendRefusal, type AuthRoute } from './http-routes.js';
import { sessionCookie, sessionTokenOf } from './sessions.js';
import type { SignInService } from './sign-in.js';
import { insertAuditedUser } from './user-admin.js';
import { findUserByExternalId, foldLogin, MAX_NAME_LENGTH, type User } from './users.js';
import type { RequestOrigin } from './viewer.js';

/**
 * The browser's half of one sign-in at the identity provider (state, nonce, PKCE verifier), kept
 * in its own cookie for ten minutes. SameSite=Lax, not Strict: the provider sends the browser
 * back with a top-level navigation from its own site, which must carry it.
 */
export const OIDC_COOKIE = 'nexus_oidc';
const OIDC_COOKIE_PATH = '/auth/oidc';
const FLOW_MAX_AGE_SECONDS = 600;
const SCOPE = 'openid email profile';

interface Flow {
  state: string;
  nonce: string;
  verifier: string;
}

function flowCookie(flow: Flow): string {
  const value = Buffer.from(JSON.stringify(flow)).toString('base64url');
  return `${OIDC_COOKIE}=${value}; Path=${OIDC_COOKIE_PATH}; Max-Age=${FLOW_MAX_AGE_SECONDS}; HttpOnly; Secure; SameSite=Lax`;
}

const clearedFlowCookie = `${OIDC_COOKIE}=; Path=${OIDC_COOKIE_PATH}; Max-Age=0; HttpOnly; Secure; SameSite=Lax`;

function flowOf(cookieHeader: string | undefined): Flow | null {
  const pair = cookieHeader?.split(';').map((part) => part.trim()).find((part) => part.startsWith(`${OIDC_COOKIE}=`));
  if (!pair) return null;
  try {
    const flow = JSON.parse(Buffer.from(pair.slice(OIDC_COOKIE.length + 1), 'base64url').toString('utf8')) as Partial<Flow>;
    return typeof flow.state === 'string' && typeof flow.nonce === 'string' && typeof flow.verifier === 'string' ? (flow as Flow) : null;
  } catch {
    return null;
  }
}

/** Plain HTTP to the provider is allowed on loopback only (a provider a test or a developer runs). */
function isLoopback(url: URL): boolean {
  return ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

/**
 * Sign-in through an organisation's OpenID Connect provider (openid-client): authorization code
 * with PKCE (S256), state and nonce. GET /auth/oidc/start sends the browser to the provider;
 * GET /auth/oidc/callback checks its answer, finds the account by the provider's (issuer,
 * subject), or creates it with OIDC_DEFAULT_ROLE on a first sign-in, opens a session and sends
 * the browser to the explorer. The provider's metadata is read at the first sign-in (and again
 * after a failure), so that the API starts whether or not the provider is up.
 */
export function oidcRoutes(settings: OidcSettings, executor: Executor, signIn: SignInService, logger: Logger, writeTimeoutMillis: number): AuthRoute {
  let configuration: Promise<client.Configuration> | undefined;
  const issuerUrl = new URL(settings.issuer);
  const discover = () => {
    configuration ??= client
      .discovery(issuerUrl, settings.clientId, undefined, client.ClientSecretPost(settings.clientSecret), {
        execute: issuerUrl.protocol === 'http:' && isLoopback(issuerUrl) ? [client.allowInsecureRequests] : [],
        timeout: 5,
      })
      .catch((error: unknown) => {
        configuration = undefined;
        throw error;
      });
    return configuration;
  };

  async function accountFor(claims: client.IDToken, origin: RequestOrigin): Promise<User> {
    const externalId = `${claims.iss}|${claims.sub}`;
    const known = await findUserByExternalId(executor, externalId);
    if (known) return known;
    const email = typeof claims.email === 'string' ? claims.email : `${claims.sub}@${new URL(claims.iss).hostname}`;
    const name = (typeof claims.name === 'string' && claims.name.trim() ? claims.name : email).slice(0, MAX_NAME_LENGTH);
    return executor.writeTransaction(
      (transaction) =>
        insertAuditedUser(transaction, { email, name, role: settings.defaultRole, externalId }, null, origin, `first sign-in through the identity provider ${claims.iss}`),
      { timeoutMillis: writeTimeoutMillis },
    );
  }

  return async (request, response, url) => {
    if (url.pathname === `${OIDC_COOKIE_PATH}/start` && request.method === 'GET') {
      const config = await discover().catch((error: unknown) => {
        logger.error({ err: error, issuer: settings.issuer }, 'identity provider unreachable');
        return null;
      });
      if (!config) {
        sendRefusal(response, 503, 'IDENTITY_PROVIDER_UNAVAILABLE', 'The identity provider cannot be reached right now. Try again later, or sign in with a password.');
        return true;
      }
      const flow: Flow = { state: client.randomState(), nonce: client.randomNonce(), verifier: client.randomPKCECodeVerifier() };
      const target = client.buildAuthorizationUrl(config, {
        redirect_uri: settings.redirectUri,
        scope: SCOPE,
        state: flow.state,
        nonce: flow.nonce,
        code_challenge: await client.calculatePKCECodeChallenge(flow.verifier),
        code_challenge_method: 'S256',
      });
      response.writeHead(302, { location: target.href, 'set-cookie': flowCookie(flow), 'cache-control': 'no-store' }).end();
      return true;
    }
    if (url.pathname === `${OIDC_COOKIE_PATH}/callback` && request.method === 'GET') {
      const origin = originOf(request);
      const flow = flowOf(request.headers.cookie);
      const refuse = async (reason: string, message: string, subject = 'identity provider', user: User | null = null) => {
        await signIn.refuse(subject, user, `identity provider: ${reason}`, origin);
        response.setHeader('set-cookie', clearedFlowCookie);
        sendRefusal(response, 401, 'UNAUTHENTICATED', message);
        return true;
      };
      if (!flow) return await refuse('no sign-in under way', 'This sign-in expired or was not started here: start again.');
      let claims: client.IDToken | undefined;
      try {
        // The URL the provider sent the browser to, on the registered redirect URI (never the Host header).
        const callback = new URL(settings.redirectUri);
        callback.search = url.search;
        const tokens = await client.authorizationCodeGrant(await discover(), callback, {
          pkceCodeVerifier: flow.verifier,
          expectedState: flow.state,
          expectedNonce: flow.nonce,
          idTokenExpected: true,
        });
        claims = tokens.claims();
      } catch (error) {
        logger.warn({ err: error }, 'the identity provider answer failed its checks');
      }
      if (!claims) return await refuse('answer failed its checks', 'The identity provider did not vouch for this sign-in: start again.');
      let user: User;
      try {
        user = await accountFor(claims, origin);
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
        return await refuse('email taken by another account', `${error.message} Ask an admin.`, `${claims.iss}|${claims.sub}`);
      }
      if (user.disabled) return await refuse('account disabled', 'This account is disabled.', user.login, user);
      const session = await signIn.openSession(user, origin, sessionTokenOf(request.headers.cookie), 'oidc');
      logger.info({ userId: user.id, login: foldLogin(user.email) }, 'signed in through the identity provider');
      response
        .writeHead(302, { location: '/', 'set-cookie': [sessionCookie(session.token, session.maxAgeMillis), clearedFlowCookie], 'cache-control': 'no-store' })
        .end();
      return true;
    }
    return false;
  };
}
