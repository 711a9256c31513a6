import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { GraphiQLOptions, Plugin } from 'graphql-yoga';
import { contentSecurityPolicy, sha256 } from '../http/security-headers.js';

type Encoding = 'br' | 'gzip' | 'identity';

type Body = Uint8Array<ArrayBuffer>;

const compressors: Record<Exclude<Encoding, 'identity'>, (page: Body) => Promise<Buffer>> = {
  // Quality 7: 9 MB in about a third of a second, once; 11 would take half a minute for 10% less.
  br: (page) =>
    promisify(brotliCompress)(page, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 7, [constants.BROTLI_PARAM_SIZE_HINT]: page.length },
    }),
  gzip: (page) => promisify(gzip)(page, { level: 6 }),
};

/** The encodings a client accepts (`Accept-Encoding`), best first; identity is always possible. */
export function preferredEncoding(acceptEncoding: string | null): Encoding {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...parameters] = part.trim().toLowerCase().split(';');
    const q = parameters.map((parameter) => /^\s*q=([\d.]+)\s*$/.exec(parameter)?.[1]).find(Boolean);
    if (name) accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const quality = (name: string) => accepted.get(name) ?? accepted.get('*') ?? 0;
  if (quality('br') > 0) return 'br';
  if (quality('gzip') > 0) return 'gzip';
  return 'identity';
}

/**
 * GraphiQL's policy. Its code is one inline script (served by us, so it works offline): allowed
 * by its hash, so no other inline script can run. Its editor (Monaco) starts workers from blob:
 * URLs and injects `<style>` elements as it draws, which no hash can cover: inline styles are
 * allowed on this page only (a style cannot run code). Framing is refused as everywhere.
 */
export function graphiqlCsp(html: string): string {
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => sha256(match[1]!));
  return contentSecurityPolicy({
    'script-src': scripts.join(' '),
    'worker-src': 'blob:',
    'style-src': "'self' 'unsafe-inline'",
    'img-src': "'self' data:",
    'font-src': "'self' data:",
  });
}

interface RenderedPage {
  etag: string;
  csp: string;
  bodies: Map<Encoding, Promise<Body>>;
}

function render(options: GraphiQLOptions): RenderedPage {
  const html = renderGraphiQL(options);
  const page: Body = new TextEncoder().encode(html);
  // Weak: the gzip, brotli and plain bodies are the same page.
  const etag = `W/"${createHash('sha256').update(page).digest('base64url').slice(0, 27)}"`;
  return { etag, csp: graphiqlCsp(html), bodies: new Map([['identity', Promise.resolve(page)]]) };
}

function bodyOf(page: RenderedPage, encoding: Encoding): Promise<Body> {
  let body = page.bodies.get(encoding);
  if (!body) {
    const compress = compressors[encoding as Exclude<Encoding, 'identity'>];
    // Copied once into a plain ArrayBuffer, which is what a fetch Response body may be.
    body = page.bodies.get('identity')!.then(async (plain) => new Uint8Array(await compress(plain)));
    page.bodies.set(encoding, body);
  }
  return body;
}

function isGraphiqlRequest(request: Request, url: URL, endpoint: string): boolean {
  return (
    request.method === 'GET' &&
    (url.pathname === endpoint || url.pathname === `${endpoint}/`) &&
    (request.headers.get('accept') ?? '').includes('text/html')
  );
}

/**
 * Serves GraphiQL (9 MB of inline code) the way a large static page should be: rendered once,
 * compressed once per encoding the clients ask for, and revalidated with an ETag, so that a
 * browser that has it downloads nothing the next time (304).
 */
export function useGraphiqlPage(options: { endpoint: string; graphiql: GraphiQLOptions }): Plugin {
  let page: RenderedPage | undefined;
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (!isGraphiqlRequest(request, url, options.endpoint)) return;
      page ??= render(options.graphiql);
      const headers: Record<string, string> = {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-cache',
        etag: page.etag,
        vary: 'Accept-Encoding',
        'content-security-policy': page.csp,
      };
      // If-None-Match compares weakly: W/"x" and "x" are the same tag.
      const bare = (tag: string) => tag.trim().replace(/^W\//, '');
      const known = (request.headers.get('if-none-match') ?? '').split(',').map(bare);
      if (known.includes(bare(page.etag)) || known.includes('*')) {
        endResponse(new fetchAPI.Response(null, { status: 304, headers }));
        return;
      }
      const encoding = preferredEncoding(request.headers.get('accept-encoding'));
      if (encoding !== 'identity') headers['content-encoding'] = encoding;
      endResponse(new fetchAPI.Response(await bodyOf(page, encoding), { status: 200, headers }));
    },
  };
}
