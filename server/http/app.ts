import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Executor } from '../database/executor.js';
import type { Logger } from '../logger.js';
import type { NexusYoga } from '../graphql/yoga.js';
import { serveStatic } from './static-files.js';

export interface HttpAppOptions {
  yoga: NexusYoga;
  executor: Executor;
  logger: Logger;
  maxBodyBytes: number;
  /** Folder of the built client; omitted, only the API is served. */
  clientDirectory?: string;
}

function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(body));
}

/**
 * One HTTP server for everything: `/graphql` (API and GraphiQL), `/healthz` (the process is up),
 * `/readyz` (the database answers) and, in production, the client.
 */
export function createHttpServer(options: HttpAppOptions): Server {
  const { yoga, executor, logger, maxBodyBytes, clientDirectory } = options;
  return createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const declaredLength = Number(request.headers['content-length'] ?? 0);
    if (declaredLength > maxBodyBytes) {
      json(response, 413, { errors: [{ message: `Request body larger than ${maxBodyBytes} bytes.`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
      request.resume();
      return;
    }
    // A chunked body declares no length, so the check above could not bound it: ask for one.
    if (request.method === 'POST' && request.headers['content-length'] === undefined) {
      json(response, 411, { errors: [{ message: `Send the body with a Content-Length header (at most ${maxBodyBytes} bytes).`, extensions: { code: 'LENGTH_REQUIRED' } }] });
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
    if (url.pathname.startsWith('/graphql')) {
      void yoga(request, response);
      return;
    }
    if (clientDirectory && (request.method === 'GET' || request.method === 'HEAD')) {
      serveStatic(clientDirectory, url.pathname, response);
      return;
    }
    logger.debug({ path: url.pathname }, 'not found');
    json(response, 404, { error: 'Not found' });
  });
}
