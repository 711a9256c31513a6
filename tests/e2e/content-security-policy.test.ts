import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/start-server.js';
import { launchBrowser } from '../support/browser.js';
import { buildClient, CLIENT_DIST } from '../support/client-build.js';
import { startTestServer } from '../support/server.js';
import { PROJECT, tapNode } from './explorer-harness.js';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  buildClient();
  server = await startTestServer({ clientDirectory: CLIENT_DIST });
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page that records every Content-Security-Policy violation and console error from its first script on. */
async function watchedPage(): Promise<{ page: Page; violations: () => Promise<string[]>; consoleErrors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  const violations = () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  return { page, violations, consoleErrors };
}

describe('the pages run under their Content-Security-Policy', () => {
  it('the explorer loads, draws the graph and opens a panel with no violation', async () => {
    const { page, violations, consoleErrors } = await watchedPage();
    const response = await page.goto(server.url + '/');
    expect(response!.headers()['content-security-policy']).toMatch(/script-src 'self';.*frame-ancestors 'none'/);
    // Under load the first drawing can take a while; whatever happens, the report says why.
    const drawn = await page
      .waitForFunction(() => (window.cy?.nodes().length ?? 0) >= 20, undefined, { timeout: 60_000, polling: 100 })
      .then(() => true, () => false);
    expect({ drawn, violations: await violations(), consoleErrors }).toEqual({ drawn: true, violations: [], consoleErrors: [] });
    await tapNode(page, PROJECT);
    await expect.poll(() => page.locator('#panel-details .evidence').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await violations()).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  }, 90_000);

  it('GraphiQL loads its editor and runs a query with no violation', async () => {
    const { page, violations, consoleErrors } = await watchedPage();
    const response = await page.goto(`${server.url}/graphql`);
    expect(response!.headers()['content-security-policy']).toMatch(/script-src 'sha256-[^']+';/);
    await page.locator('.graphiql-execute-button').click();
    await expect.poll(async () => page.locator('.graphiql-response').innerText(), { timeout: 20_000 }).toContain('"data"');
    expect(await violations()).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  }, 90_000);

  it('refuses to run an inline script injected into the explorer', async () => {
    const { page, violations } = await watchedPage();
    await page.goto(server.url + '/');
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
      return (window as unknown as { injected?: boolean }).injected === true;
    });
    expect(ran).toBe(false);
    await expect.poll(violations).toContain('script-src-elem inline');
    await page.close();
  });
});
