import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/start-server.js';
import { ARTIFACTS, launchBrowser } from '../support/browser.js';
import { startTestServer } from '../support/server.js';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('an analyst opens GraphiQL', () => {
  // The machine has no internet: this also proves GraphiQL's code is served by us, not a CDN.
  it('finds the cookbook examples as tabs and runs the first one against the seeded graph', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.url}/graphql`);
    await page.locator('.graphiql-execute-button').click();
    const response = page.locator('.graphiql-response');
    await expect.poll(async () => response.innerText(), { timeout: 15_000 }).toContain('"data"');
    expect(await response.innerText()).toContain('state:KGZ');
    expect(await page.locator('.graphiql-tab').count()).toBeGreaterThanOrEqual(10);
    await page.screenshot({ path: join(ARTIFACTS, 'graphiql.png') });
    await page.close();
  });
});
