import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/start-server.js';
import { ARTIFACTS, launchBrowser } from '../support/browser.js';
import { buildClient, CLIENT_DIST } from '../support/client-build.js';
import { startTestServer } from '../support/server.js';

let server: RunningServer;
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
  buildClient();
  server = await startTestServer({ clientDirectory: CLIENT_DIST });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await page.goto(server.url);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function nodeCount(): Promise<number> {
  return page.evaluate(() => (window as unknown as { cy: { nodes(): { length: number } } }).cy.nodes().length);
}

describe('a researcher opens the explorer', () => {
  it('draws the seeded graph around the project', async () => {
    await page.waitForFunction(() => (window as unknown as { cy?: { nodes(): { length: number } } }).cy?.nodes().length ?? 0 > 0);
    await page.waitForFunction(() => (window as unknown as { cy: { nodes(): { length: number } } }).cy.nodes().length >= 20);
    expect(await nodeCount()).toBeGreaterThanOrEqual(20);
    await page.screenshot({ path: join(ARTIFACTS, 'foundation-overview.png') });
  });

  it('finds UNODC by typing in the search box, and shows its details with evidence on click', async () => {
    await page.fill('#search', 'UNODC');
    const suggestion = page.locator('#suggestions li', { hasText: 'United Nations Office on Drugs and Crime' });
    await suggestion.first().waitFor();
    await suggestion.first().click();
    await page.locator('#details h2', { hasText: 'United Nations Office on Drugs and Crime' }).waitFor();
    const details = await page.locator('#details').innerText();
    expect(details).toContain('org:unodc');
    expect(details).toContain('UNODC');
    expect(await page.locator('#details blockquote').count()).toBeGreaterThan(0);
    const selected = await page.evaluate(() => (window as unknown as { cy: { $(selector: string): { map(f: (n: { id(): string }) => string): string[] } } }).cy.$('node:selected').map((node) => node.id()));
    expect(selected).toEqual(['org:unodc']);
    await page.screenshot({ path: join(ARTIFACTS, 'foundation-unodc-details.png') });
  });

  it('logged no errors in the browser console', () => {
    expect(consoleErrors).toEqual([]);
  });
});
