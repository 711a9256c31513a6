import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../server/config.js';
import { preferredEncoding } from '../../server/graphql/graphiql-page.js';
import { createTestApi } from '../support/api.js';
import { createTestExecutor } from '../support/database.js';

const executor = createTestExecutor();
afterAll(async () => {
  await executor.close();
});

const QUERY = JSON.stringify({ query: '{ stats { sources } }' });

async function fromOrigin(yoga: ReturnType<typeof createTestApi>['yoga'], origin: string, init: RequestInit = {}): Promise<Response> {
  return await yoga.fetch('http://test/graphql', {
    method: 'POST',
    body: QUERY,
    ...init,
    headers: { 'content-type': 'application/json', origin, ...(init.headers as Record<string, string>) },
  });
}

async function preflight(yoga: ReturnType<typeof createTestApi>['yoga'], origin: string): Promise<Response> {
  return await yoga.fetch('http://test/graphql', {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
  });
}

describe('only the configured origins may call the API from a browser (CORS)', () => {
  const closed = createTestApi(executor);
  const open = createTestApi(executor, { CORS_ORIGINS: 'https://analysis.example.org, http://localhost:5173' });

  it('by default lets no other site read an answer, and never with credentials', async () => {
    for (const response of [await fromOrigin(closed.yoga, 'https://evil.example'), await preflight(closed.yoga, 'https://evil.example')]) {
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    }
  });

  it('still answers its own pages (same origin: no CORS needed)', async () => {
    const response = await closed.yoga.fetch('http://test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: QUERY });
    expect(await response.json()).toEqual({ data: { stats: { sources: 5 } } });
  });

  it('allows a configured origin, without credentials (the API has no cookies)', async () => {
    const response = await fromOrigin(open.yoga, 'http://localhost:5173');
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(response.headers.get('access-control-expose-headers')).toBe('X-Request-Id');
    const allowed = await preflight(open.yoga, 'https://analysis.example.org');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://analysis.example.org');
    expect(allowed.headers.get('access-control-allow-methods')).toBe('GET, POST');
  });

  it('refuses an origin that is not in the list, even one that resembles it', async () => {
    for (const origin of ['https://evil.example', 'https://analysis.example.org.evil.example', 'http://analysis.example.org']) {
      expect((await fromOrigin(open.yoga, origin)).headers.get('access-control-allow-origin')).toBeNull();
      expect((await preflight(open.yoga, origin)).headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('refuses a CORS_ORIGINS entry that is not an origin', () => {
    expect(readConfig({}).corsOrigins).toEqual([]);
    expect(() => readConfig({ CORS_ORIGINS: 'https://a.example/path' })).toThrow(/CORS_ORIGINS/);
    expect(() => readConfig({ CORS_ORIGINS: '*' })).toThrow(/CORS_ORIGINS/);
  });
});

describe('GraphiQL is served compressed and cached, and off in production unless asked for', () => {
  const page = (yoga: ReturnType<typeof createTestApi>['yoga'], headers: Record<string, string> = {}) =>
    yoga.fetch('http://test/graphql', { headers: { accept: 'text/html', ...headers } });
  const { yoga } = createTestApi(executor, { NODE_ENV: 'development' });

  it('is off with NODE_ENV=production, and on again with GRAPHIQL=true', async () => {
    expect(readConfig({ NODE_ENV: 'production' }).graphiql).toBe(false);
    expect((await page(createTestApi(executor, { NODE_ENV: 'production' }).yoga)).status).not.toBe(200);
    const optedIn = await page(createTestApi(executor, { NODE_ENV: 'production', GRAPHIQL: 'true' }).yoga);
    expect(optedIn.status).toBe(200);
    expect(await optedIn.text()).toContain('Nexus Graph · GraphiQL');
  });

  it('sends the page brotli- or gzip-compressed, as the browser accepts, a quarter of its size or less', async () => {
    const plain = Buffer.from(await (await page(yoga, { 'accept-encoding': 'identity' })).arrayBuffer());
    const brotli = await page(yoga, { 'accept-encoding': 'gzip, deflate, br' });
    const gzip = await page(yoga, { 'accept-encoding': 'gzip' });
    expect(brotli.headers.get('content-encoding')).toBe('br');
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(brotli.headers.get('vary')).toBe('Accept-Encoding');
    const brotliBytes = Buffer.from(await brotli.arrayBuffer());
    const gzipBytes = Buffer.from(await gzip.arrayBuffer());
    expect(brotliDecompressSync(brotliBytes).equals(plain)).toBe(true);
    expect(gunzipSync(gzipBytes).equals(plain)).toBe(true);
    expect(plain.length).toBeGreaterThan(8_000_000);
    expect(brotliBytes.length).toBeLessThan(plain.length / 4);
    expect(gzipBytes.length).toBeLessThan(plain.length / 3);
  });

  it('answers a browser that has the page with 304 and no body (ETag)', async () => {
    const first = await page(yoga, { 'accept-encoding': 'br' });
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    const again = await page(yoga, { 'accept-encoding': 'br', 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect((await again.arrayBuffer()).byteLength).toBe(0);
    expect((await page(yoga, { 'if-none-match': 'W/"an-older-page"' })).status).toBe(200);
  });

  it('chooses the encoding by the client’s preferences', () => {
    expect(preferredEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(preferredEncoding('br;q=0, gzip')).toBe('gzip');
    expect(preferredEncoding('*')).toBe('br');
    expect(preferredEncoding('deflate')).toBe('identity');
    expect(preferredEncoding(null)).toBe('identity');
  });
});
