import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { BadRequestError } from './http-error.js';

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

/** The path as a file name; a malformed percent-encoding (`/%`) is the client's mistake, a 400. */
function decodedPath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    throw new BadRequestError('The URL path has a malformed percent-encoding.');
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return false;
    throw error;
  }
}

/**
 * Serves the built client. Unknown paths get index.html so that shared URLs with view state
 * load the app; paths that try to climb out of the folder are refused. Anything else that goes
 * wrong (a file that cannot be read) is thrown, for the HTTP boundary to answer as a 500.
 */
export async function serveStatic(root: string, pathname: string, response: ServerResponse): Promise<void> {
  const requested = normalize(join(root, decodedPath(pathname)));
  if (!requested.startsWith(root + sep) && requested !== root) throw new BadRequestError('The path leaves the client folder.');
  const found = await isFile(requested);
  const file = found ? requested : join(root, 'index.html');
  if (!found && !(await isFile(file))) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('The client is not built: run `npm run build:client`.');
    return;
  }
  // Hashed asset names never change content, so they may be cached for good.
  const cache = found && pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
  const stream = createReadStream(file);
  // Opened before the status is sent, so that an unreadable file is still a clean 500.
  await new Promise<void>((resolve, reject) => stream.once('open', () => resolve()).once('error', reject));
  response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': cache });
  await pipeline(stream, response);
}
