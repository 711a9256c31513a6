import { AsyncResource } from 'node:async_hooks';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AuthRoute } from '../auth/http-routes.js';
import type { Executor } from '../database/executor.js';
import { inRequest, type Logger } from '../logger.js';
import type { NexusYoga } from '../graphql/yoga.js';
import { BadRequestError, HttpError } from './http-error.js';
import { requestIdOf } from './request-id.js';
import { setSecurityHeaders } from './security-headers.js';
import { serveStatic } from './static-files.js';

export interface HttpAppOptions {
  yoga: NexusYoga;
  executor: Executor;
  logger: Logger;
  maxBodyBytes: number;
  /** Folder of the built client; omitted, only the API is served. */
  clientDirectory?: string;
  /** Node's own guards against slow clients: see `HTTP_*_TIMEOUT_MS` in server/config.ts. */
  timeouts?: { headersTimeoutMs: number; requestTimeoutMs: number };
  /** Sign-in, sign-out and the identity provider's routes, under /auth/ (server/auth/http-routes.ts). */
  authRoutes?: readonly AuthRoute[];
}

function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(body));
}

function refusal(response: ServerResponse, status: number, code: string, message: string, extensions: Record<string, unknown> = {}): void {
  json(response, status, { errors: [{ message, extensions: { code, ...extensions } }] });
}

function urlOf(request: IncomingMessage): URL {
  try {
    return new URL(request.url ?? '/', 'http://localhost');
  } catch {
    throw new BadRequestError('The request URL is malformed.');
  }
}

/**
 * One HTTP server for everything: `/graphql` (API and GraphiQL), `/auth/…` (sign-in and out),
 * `/healthz` (the process is up),
 * `/readyz` (the database answers) and, in production, the client.
 *
 * This is the boundary no request gets past: each one gets an id (echoed in `X-Request-Id` and
 * on every log line written while serving it) and the security headers, and whatever a handler
 * throws is answered here — a 4xx for a request the client got wrong, a 500 naming the request
 * id for a bug — so that no request, however malformed, can end the process.
 */
export function createHttpServer(options: HttpAppOptions): Server {
  const { yoga, executor, logger, maxBodyBytes, clientDirectory } = options;

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = urlOf(request);
    const declaredLength = Number(request.headers['content-length'] ?? 0);
    if (declaredLength > maxBodyBytes) {
      refusal(response, 413, 'PAYLOAD_TOO_LARGE', `Request body larger than ${maxBodyBytes} bytes.`);
      request.resume();
      return;
    }
    // A chunked body declares no length, so the check above could not bound it: ask for one.
    if (request.method === 'POST' && request.headers['content-length'] === undefined) {
      refusal(response, 411, 'LENGTH_REQUIRED', `Send the body with a Content-Length header (at most ${maxBodyBytes} bytes).`);
      request.resume();
      return;
    }
    if (url.pathname === '/healthz') {
      json(response, 200, { status: 'ok' });
      return;
    }
    if (url.pathname === '/readyz') {
      // Bounded whatever the database does: the probe has its own deadline, and while the
      // database is known to be down the executor answers at once.
      void executor.isReachable().then((reachable) => {
        json(response, reachable ? 200 : 503, reachable ? { status: 'ready' } : { status: 'unavailable', reason: 'database unreachable' });
      });
      return;
    }
    if (url.pathname.startsWith('/auth/')) {
      for (const authRoute of options.authRoutes ?? []) if (await authRoute(request, response, url)) return;
      json(response, 404, { error: 'Not found' });
      return;
    }
    if (url.pathname.startsWith('/graphql')) {
      await yoga(request, response);
      return;
    }
    if (clientDirectory && (request.method === 'GET' || request.method === 'HEAD')) {
      await serveStatic(clientDirectory, url.pathname, response);
      return;
    }
    logger.debug({ path: url.pathname }, 'not found');
    json(response, 404, { error: 'Not found' });
  }

  function fail(error: unknown, request: IncomingMessage, response: ServerResponse, requestId: string): void {
    if (response.headersSent) {
      // Too late for a status: the client went away mid-answer, or a stream broke. End it.
      logger.warn({ err: error, method: request.method, url: request.url }, 'response failed after it started');
      response.destroy();
      return;
    }
    if (error instanceof HttpError) {
      logger.info({ method: request.method, url: request.url, status: error.status, reason: error.message }, 'request refused');
      refusal(response, error.status, error.code, error.message);
      return;
    }
    logger.error({ err: error, method: request.method, url: request.url }, 'request failed');
    refusal(response, 500, 'INTERNAL_SERVER_ERROR', `The server failed to answer this request (request id ${requestId}).`, { requestId });
  }

  const server = createServer(
    {
      headersTimeout: options.timeouts?.headersTimeoutMs,
      requestTimeout: options.timeouts?.requestTimeoutMs,
      // How often Node checks those timeouts (default 30 s, which would triple a 10 s timeout).
      connectionsCheckingInterval: Math.min(1_000, options.timeouts?.headersTimeoutMs ?? 1_000),
    },
    (request: IncomingMessage, response: ServerResponse) => {
      const requestId = requestIdOf(request.headers);
      const started = performance.now();
      response.setHeader('x-request-id', requestId);
      setSecurityHeaders(response);
      inRequest(requestId, () => {
        // One line per request, so that a failed one can be found by its id and status (bound:
        // 'finish' is emitted from the socket's context, which need not be the request's).
        response.once('finish', AsyncResource.bind(() => {
          const status = response.statusCode;
          const line = { method: request.method, path: request.url?.split('?')[0], status, millis: Math.round(performance.now() - started) };
          logger[status >= 500 ? 'warn' : 'debug'](line, 'request answered');
        }));
        route(request, response).catch((error: unknown) => fail(error, request, response, requestId));
      });
    },
  );
  // HTTP that Node's parser refuses (or a client too slow for the timeouts) never reaches the
  // handler: Node answers it 400/408/431 and closes the socket, which is what we want.
  return server;
}
