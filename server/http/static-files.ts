import { createReadStream, existsSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/**
 * Serves the built client. Unknown paths get index.html so that shared URLs with view state
 * load the app; paths that try to climb out of the folder are refused.
 */
export function serveStatic(root: string, pathname: string, response: ServerResponse): void {
  const requested = normalize(join(root, decodeURIComponent(pathname)));
  if (!requested.startsWith(root + sep) && requested !== root) {
    response.writeHead(400).end('Bad path');
    return;
  }
  const isFile = existsSync(requested) && statSync(requested).isFile();
  const file = isFile ? requested : join(root, 'index.html');
  if (!existsSync(file)) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('The client is not built: run `npm run build:client`.');
    return;
  }
  // Hashed asset names never change content, so they may be cached for good.
  const cache = isFile && pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
  response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': cache });
  createReadStream(file).pipe(response);
}
