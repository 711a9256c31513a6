import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { currentRequestId, type Logger } from '../logger.js';
import { BadRequestError, HttpError } from '../http/http-error.js';
import { expiredSessionCookie, sessionCookie, sessionTokenOf } from './sessions.js';
import type { SignInService } from './sign-in.js';
import type { RequestOrigin } from './viewer.js';

/** One answer for an unknown account, a wrong password and a disabled account. */
export const SIGN_IN_REFUSED_MESSAGE = 'Wrong email or password.';

const signInBody = z.object({ email: z.string().max(1_000), password: z.string().max(1_000) });

/** A route under /auth/: answers the request and returns true, or returns false when it is not its path. */
export type AuthRoute = (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<boolean>;

export function originOf(request: IncomingMessage): RequestOrigin {
  return { requestId: currentRequestId() ?? 'unknown', address: request.socket.remoteAddress ?? 'unknown' };
}

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string | string[]> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers }).end(JSON.stringify(body));
}

export function sendRefusal(response: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  sendJson(response, status, { errors: [{ message, extensions: { code } }] }, headers);
}

/**
 * A state-changing request must come from the explorer's own pages: a JSON body (which a form
 * on another site cannot send without a CORS preflight this server never grants) and, when the
 * browser names the page's origin, this server's. SameSite=Strict cookies are the second wall.
 */
export function assertSameOriginJson(request: IncomingMessage): void {
  if (request.method !== 'POST') throw new HttpError(405, 'METHOD_NOT_ALLOWED', 'Use POST.');
  const type = request.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(type)) throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json.');
  const origin = request.headers.origin;
  if (origin !== undefined && !sameOrigin(origin, request.headers.host)) {
    throw new HttpError(403, 'FORBIDDEN', 'This request came from another site.');
  }
  if (request.headers['sec-fetch-site'] === 'cross-site') throw new HttpError(403, 'FORBIDDEN', 'This request came from another site.');
}

function sameOrigin(origin: string, host: string | undefined): boolean {
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** The request's body as JSON (its size is already bounded by the HTTP layer's Content-Length check). */
export async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    // Never echo the body: it may hold a password.
    throw new BadRequestError('The body is not valid JSON.');
  }
}

/**
 * POST /auth/sign-in {email, password}: 200 with the account and a session cookie; 401 with one
 * message whatever was wrong; 429 with Retry-After past the sign-in limits.
 * POST /auth/sign-out: ends the session of the cookie (if any) and clears the cookie; 204.
 */
export function passwordRoutes(service: SignInService, logger: Logger): AuthRoute {
  return async (request, response, url) => {
    if (url.pathname === '/auth/sign-in') {
      assertSameOriginJson(request);
      const parsed = signInBody.safeParse(await readJson(request));
      if (!parsed.success) throw new BadRequestError('Send {"email": "…", "password": "…"}.');
      const result = await service.signIn({
        ...parsed.data,
        origin: originOf(request),
        previousToken: sessionTokenOf(request.headers.cookie),
      });
      if (result.outcome === 'throttled') {
        sendRefusal(response, 429, 'TOO_MANY_REQUESTS', `Too many refused sign-ins: try again in ${result.retryAfterSeconds} s.`, {
          'retry-after': String(result.retryAfterSeconds),
        });
      } else if (result.outcome === 'refused') {
        sendRefusal(response, 401, 'UNAUTHENTICATED', SIGN_IN_REFUSED_MESSAGE);
      } else {
        const { user, session } = result;
        sendJson(
          response,
          200,
          { user: { id: user.id, name: user.name, email: user.email, role: user.role.toUpperCase() } },
          { 'set-cookie': sessionCookie(session.token, session.maxAgeMillis) },
        );
      }
      return true;
    }
    if (url.pathname === '/auth/sign-out') {
      assertSameOriginJson(request);
      request.resume();
      const token = sessionTokenOf(request.headers.cookie);
      if (token && !(await service.signOut(token, originOf(request)))) logger.debug('sign-out of a session that was not live');
      response.writeHead(204, { 'set-cookie': expiredSessionCookie(), 'cache-control': 'no-store' }).end();
      return true;
    }
    return false;
  };
}
