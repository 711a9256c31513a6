import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../server/config.js';
import type { RunningServer } from '../../server/start-server.js';
import { memoryLogger } from '../support/log.js';
import { freePort } from '../support/ports.js';
import { rawExchange } from '../support/raw-http.js';
import { startTestServer } from '../support/server.js';

// A stand-in for the built client: the static handler is what `GET /%` used to crash.
const client = mkdtempSync(join(tmpdir(), 'nexus-client-'));
writeFileSync(join(client, 'index.html'), '<!doctype html><title>Nexus Graph</title>');
// A path the file system cannot resolve (ELOOP): a fault of the server's, not of the request.
symlinkSync('loop', join(client, 'loop'));

const log = memoryLogger();
let server: RunningServer;
beforeAll(async () => {
  server = await startTestServer({ clientDirectory: client, logger: log.logger, environment: { HTTP_REQUEST_TIMEOUT_MS: '1000' } });
});
afterAll(async () => {
  await server?.close();
  rmSync(client, { recursive: true, force: true });
});

const get = (path: string, headers = '') => `GET ${path} HTTP/1.1\r\nHost: localhost\r\n${headers}Connection: close\r\n\r\n`;

async function expectAlive(): Promise<void> {
  const response = await fetch(`${server.url}/healthz`);
  expect(response.status).toBe(200);
}

describe('no request, however malformed, ends the server', () => {
  it.each(['/%', '/%E0%A4%A', '/entities/%zz?nodes=a', '/assets/%', '/graphql/%'])('answers GET %s with a 4xx and keeps serving', async (path) => {
    const response = await rawExchange(server.url, get(path));
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    await expectAlive();
  });

  it('answers a malformed percent-encoding with 400 BAD_REQUEST, as JSON', async () => {
    const response = await rawExchange(server.url, get('/%'));
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toEqual({
      errors: [{ message: 'The URL path has a malformed percent-encoding.', extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it.each([
    ['a request line that is not HTTP', 'HELLO\r\n\r\n'],
    ['a header without a colon', 'GET / HTTP/1.1\r\nHost localhost\r\n\r\n'],
    ['a URL with a space', 'GET /a b HTTP/1.1\r\nHost: localhost\r\n\r\n'],
    ['a body longer than its Content-Length', 'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Type: application/json\r\n\r\n{}\r\n\r\nGARBAGE'],
    ['a path that climbs out of the client folder with encoded slashes', get('/..%2f..%2f..%2fetc%2fpasswd')],
  ])('answers %s with a 4xx and keeps serving', async (_, request) => {
    const response = await rawExchange(server.url, request);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    await expectAlive();
  });

  it.each(['/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd'])('answers %s with the client page, never a file outside it', async (path) => {
    const response = await rawExchange(server.url, get(path));
    expect(response.status).toBe(200);
    expect(response.body).toBe('<!doctype html><title>Nexus Graph</title>');
  });

  it('answers a fault of its own with 500, naming the request id that the log line carries', async () => {
    const response = await rawExchange(server.url, get('/loop'));
    expect(response.status).toBe(500);
    const requestId = response.headers['x-request-id']!;
    expect(JSON.parse(response.body)).toEqual({
      errors: [{ message: `The server failed to answer this request (request id ${requestId}).`, extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } }],
    });
    const logged = log.lines.find((line) => line.requestId === requestId && line.msg === 'request failed');
    expect(logged?.err?.message).toMatch(/ELOOP/);
    expect(log.lines.find((line) => line.requestId === requestId && line.msg === 'request answered')).toMatchObject({ level: 40, status: 500, path: '/loop' });
    await expectAlive();
  });
});

describe('a slow client cannot hold a connection', () => {
  it('cuts off a body sent halfway, after the request timeout (1 s here)', async () => {
    const half = 'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query":"{ stats';
    const response = await rawExchange(server.url, half, { timeoutMillis: 10_000 });
    expect(response.status).toBe(408);
    // The timeout is checked every second: the connection is closed within two.
    expect(response.closedAfterMillis).toBeLessThan(4_000);
    await expectAlive();
  });

  it('cuts off headers that never end', async () => {
    const response = await rawExchange(server.url, 'GET / HTTP/1.1\r\nHost: x\r\nX-Slow: 1\r\n', { timeoutMillis: 10_000 });
    expect(response.status).toBe(408);
    expect(response.closedAfterMillis).toBeLessThan(4_000);
  });

  it('gives every client 10 s by default, configurable', () => {
    expect(readConfig({}).http).toEqual({ headersTimeoutMs: 10_000, requestTimeoutMs: 10_000 });
    expect(readConfig({ HTTP_REQUEST_TIMEOUT_MS: '30000', HTTP_HEADERS_TIMEOUT_MS: '5000' }).http).toEqual({ headersTimeoutMs: 5_000, requestTimeoutMs: 30_000 });
    expect(() => readConfig({ HTTP_REQUEST_TIMEOUT_MS: '0' })).toThrow(/HTTP_REQUEST_TIMEOUT_MS/);
  });
});

describe('every request has an id, in its response and on its log lines', () => {
  it('keeps a safe X-Request-Id the client sent, and logs under it', async () => {
    const response = await fetch(`${server.url}/%`, { headers: { 'x-request-id': 'proxy-7f3a.42' } });
    expect(response.headers.get('x-request-id')).toBe('proxy-7f3a.42');
    expect(log.lines.filter((line) => line.requestId === 'proxy-7f3a.42').map((line) => line.msg)).toEqual(['request refused', 'request answered']);
  });

  it.each([
    ['too long', 'x'.repeat(65)],
    ['with characters unsafe in a log', 'a"b<script>'],
  ])('replaces an X-Request-Id %s with a fresh one', async (_, given) => {
    const response = await fetch(`${server.url}/healthz`, { headers: { 'x-request-id': given } });
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('gives each request its own id', async () => {
    const ids = await Promise.all([1, 2, 3].map(async () => (await fetch(`${server.url}/healthz`)).headers.get('x-request-id')));
    expect(new Set(ids).size).toBe(3);
  });

  it('names the request in an outage error, on every log line about it and in the response', async () => {
    const logs = memoryLogger();
    const offline = await startTestServer({ neo4jUri: `bolt://127.0.0.1:${await freePort()}`, logger: logs.logger });
    try {
      const response = await fetch(`${offline.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', 'x-request-id': 'outage-1' },
        body: JSON.stringify({ query: '{ stats { sources } }' }),
      });
      expect(response.status).toBe(503);
      const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
      expect(body.errors[0]!.extensions).toEqual({ code: 'DATABASE_UNAVAILABLE', requestId: 'outage-1' });
      const about = logs.lines.filter((line) => line.msg === 'database unavailable');
      expect(about.length).toBeGreaterThan(0);
      expect(about.every((line) => line.requestId === 'outage-1')).toBe(true);
    } finally {
      await offline.close();
    }
  }, 30_000);
});

describe('every response carries the security headers', () => {
  it.each([
    ['the client page', '/', 200],
    ['an unknown path (the client page)', '/entities/org:unodc', 200],
    ['the health check', '/healthz', 200],
    ['a refused URL', '/%', 400],
    ['a failure of ours', '/loop', 500],
  ])('%s', async (_, path, status) => {
    const response = await fetch(server.url + path);
    expect(response.status).toBe(status);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'self'; script-src 'self';.*; frame-ancestors 'none'$/);
  });

  it('the API', async () => {
    const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ stats { sources } }"}' });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
  });
});
