import type { Config } from '../config.js';
import type { Executor } from '../database/executor.js';
import type { Logger } from '../logger.js';
import { passwordRoutes, sendJson, type AuthRoute } from './http-routes.js';
import { oidcRoutes } from './oidc.js';
import { LoginThrottle } from './login-throttle.js';
import { prepareDummyHash } from './passwords.js';
import { createSessionAuthenticator, SessionStore, type Clock } from './sessions.js';
import { SignInService } from './sign-in.js';
import type { Authenticator } from './viewer.js';

/** Everything the server needs for accounts: who a request acts for, and the /auth/ routes. */
export interface AccountServices {
  sessions: SessionStore;
  signIn: SignInService;
  authenticator: Authenticator;
  routes: AuthRoute[];
}

/** Builds the session store, the sign-in service and its routes from the settings (server/config.ts). */
export function createAccountServices(executor: Executor, config: Config, logger: Logger, clock: Clock = Date.now): AccountServices {
  const sessions = new SessionStore(executor, config.sessions, logger, clock);
  const throttle = new LoginThrottle(config.login, clock);
  const signIn = new SignInService(executor, sessions, throttle, logger, config.neo4j.editTimeoutMillis);
  void prepareDummyHash();
  const routes = [passwordRoutes(signIn, logger), signInMethodsRoute(config.oidc !== null)];
  if (config.oidc) routes.push(oidcRoutes(config.oidc, executor, signIn, logger, config.neo4j.editTimeoutMillis));
  return { sessions, signIn, authenticator: createSessionAuthenticator(sessions), routes };
}

/** GET /auth/methods: how one may sign in here, for the explorer's sign-in page. */
function signInMethodsRoute(identityProvider: boolean): AuthRoute {
  return async (request, response, url) => {
    if (url.pathname !== '/auth/methods' || request.method !== 'GET') return false;
    sendJson(response, 200, { password: true, identityProvider: identityProvider ? { startPath: '/auth/oidc/start' } : null });
    return true;
  };
}
