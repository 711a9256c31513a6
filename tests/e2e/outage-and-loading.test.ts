import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readConfig } from '../../server/config.js';
import { createLogger } from '../../server/logger.js';
import { startServer, type RunningServer } from '../../server/start-server.js';
import { launchBrowser } from '../support/browser.js';
import { CLIENT_DIST } from '../support/client-build.js';
import { freePort } from '../support/ports.js';
import { startTestServer } from '../support/server.js';
import { type ExplorerSession, nodeIds, screenshot, startSettledExplorer, tapNode, waitForIdle, waitForNodes } from './explorer-harness.js';

let session: ExplorerSession;
let outageBrowser: Browser;
const servers: RunningServer[] = [];
const outageConsoleErrors: string[] = [];
const SEARCH = 'input[role="combobox"][placeholder^="Search"]';

/**
 * While the API is down, Chromium itself logs each failed request ("Failed to load resource:
 * net::ERR_CONNECTION_REFUSED", or "…status of 503" from a server without its database). Those
 * lines are the outage these tests cause on purpose, not faults of the page; anything else counts.
 */
const EXPECTED_OUTAGE_LOG = /^Failed to load resource: (net::ERR_CONNECTION_(REFUSED|RESET|CLOSED)|net::ERR_EMPTY_RESPONSE|the server responded with a status of 503)/;

beforeAll(async () => {
  session = await startSettledExplorer();
  outageBrowser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await outageBrowser?.close();
  for (const server of servers) await server.close().catch(() => undefined);
  await session?.close();
});

/** The real server on a given port (as after a restart of `npm start`), against the run's database. */
async function serveOnPort(port: number): Promise<RunningServer> {
  const neo4jUri = inject('neo4jUri');
  const server = await startServer({
    config: readConfig({ ...process.env, NEO4J_URI: neo4jUri, PORT: String(port), HOST: '127.0.0.1' }),
    neo4jUri,
    clientDirectory: CLIENT_DIST,
    logger: createLogger('silent'),
  });
  servers.push(server);
  return server;
}

async function openPage(url: string): Promise<Page> {
  const page = await outageBrowser.newPage({ viewport: { width: 1280, height: 720 } });
  page.on('console', (message) => {
    if (message.type() === 'error') outageConsoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => outageConsoleErrors.push(error.message));
  await page.goto(url);
  return page;
}

async function allEntityIds(url: string): Promise<string[]> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ entities(first: 100) { totalCount nodes { id } } }' }),
  });
  const { data } = (await response.json()) as { data: { entities: { totalCount: number; nodes: { id: string }[] } } };
  expect(data.entities.nodes.length).toBe(data.entities.totalCount);
  return data.entities.nodes.map((node) => node.id);
}

describe('loading and empty results', () => {
  it('says what is loading while a request runs', async () => {
    const { page } = session;
    // A slow network: every API call takes a second and a half.
    await page.route('**/graphql', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await route.continue();
    });
    try {
      await page.fill(SEARCH, 'Kazakh');
      await page.locator('.status-activity.busy', { hasText: 'Loading matches for “Kazakh”' }).waitFor();
      expect(await page.evaluate(() => document.body.classList.contains('is-busy'))).toBe(true);
      await page.locator('.main-search .search-message.loading', { hasText: 'Searching' }).waitFor({ state: 'visible' });
      await screenshot(page, 'loading-search');
      await page.locator('.main-search [role="option"]', { hasText: 'Kazakhstan' }).first().waitFor();
      await waitForIdle(page);
      expect(await page.locator('.status-activity').innerText()).toBe('');
    } finally {
      await page.unroute('**/graphql');
      await page.press(SEARCH, 'Escape');
    }
  });

  it('shows, not just announces, that a search found nothing', async () => {
    const { page } = session;
    await page.fill(SEARCH, 'zzqxv');
    const message = page.locator('.main-search .search-message', { hasText: 'No entity matches “zzqxv”' });
    await message.waitFor({ state: 'visible' });
    const box = (await message.boundingBox())!;
    const input = (await page.locator(SEARCH).boundingBox())!;
    // Below the field, where the suggestions would be, not over the typed text.
    expect(box.y).toBeGreaterThanOrEqual(input.y + input.height - 1);
    await screenshot(page, 'search-no-match');
    await page.fill(SEARCH, '');
    await message.waitFor({ state: 'hidden' });
  });

  it('says so when a node has nothing more to bring in', async () => {
    const { page } = session;
    await tapNode(page, 'org:uncct');
    await page.locator('#panel-details button:text-is("Expand")').click();
    await waitForIdle(page);
    await page.locator('#panel-details button:text-is("Expand")').click();
    await page.locator('.status-notice', { hasText: 'has no further links to show' }).waitFor();
  });

  it('keeps answering while the whole graph is laid out', async () => {
    const { page, server } = session;
    const ids = await allEntityIds(server.url);
    expect(ids.length).toBeGreaterThan(40);
    await page.goto(`${server.url}/?nodes=${ids.join(',')}`);
    await waitForNodes(page, ids.length);
    await waitForIdle(page);
    await page.click('#relayout');
    const samples: number[] = [];
    let busySamples = 0;
    for (let index = 0; index < 100; index++) {
      const started = Date.now();
      const activity = await page.evaluate(() => document.querySelector('.status-activity')!.textContent ?? '');
      samples.push(Date.now() - started);
      if (!activity.includes('Arranging the graph')) break;
      busySamples++;
    }
    // The page answered again and again while the layout ran; a frozen main thread would hold
    // one answer for the layout's whole run. The bound is loose: the test machine is shared.
    expect(busySamples).toBeGreaterThanOrEqual(3);
    expect(Math.max(...samples)).toBeLessThan(1_000);
    await waitForIdle(page);
    expect((await nodeIds(page)).length).toBe(ids.length);
    await screenshot(page, 'whole-graph');
  });
});

describe('when the service goes away', () => {
  it('shows a banner with Retry when the API stops, and finishes the pending expand once it is back', async () => {
    const first = await startTestServer({ clientDirectory: CLIENT_DIST });
    servers.push(first);
    const port = Number(new URL(first.url).port);
    const page = await openPage(first.url);
    await waitForNodes(page, 20);
    await waitForIdle(page);
    await tapNode(page, 'org:unodc');
    await page.locator('#panel-details h2', { hasText: 'United Nations Office on Drugs and Crime' }).waitFor();
    // The details finish loading first: the request the outage holds is the expand alone.
    await page.locator('#panel-details .details-body').waitFor();
    expect(await nodeIds(page)).not.toContain('person:ghada-waly');

    await first.close();
    await page.click('#panel-details button:text-is("Expand")');
    const banner = page.locator('#outage[role="alert"]');
    await banner.waitFor({ state: 'visible' });
    expect(await banner.innerText()).toContain('cannot be reached');
    expect(await banner.getAttribute('data-kind')).toBe('api');
    // The pending request is still announced, and what is on screen stays usable.
    expect(await page.locator('.status-activity').innerText()).toContain('Loading the links of United Nations Office on Drugs and Crime');
    await tapNode(page, 'state:KAZ');
    expect(await page.evaluate(() => window.cy.$(':selected').map((element) => element.id()))).toEqual(['state:KAZ']);
    await screenshot(page, 'outage-api');

    // Retry while the server is still down: the banner stays.
    const retry = banner.locator('button', { hasText: 'Retry' });
    await retry.click();
    await page.waitForTimeout(1_200);
    expect(await banner.isVisible()).toBe(true);

    await serveOnPort(port);
    await retry.click();
    await banner.waitFor({ state: 'hidden' });
    await page.waitForFunction(() => window.cy.getElementById('person:ghada-waly').nonempty(), undefined, { polling: 50 });
    await waitForIdle(page);
    await page.locator('.status-notice', { hasText: /Added \d+ entities linked to United Nations Office on Drugs and Crime|The connection is back/ }).waitFor();
    await page.close();
  }, 60_000);

  it('says the database is unavailable when the server cannot reach Neo4j', async () => {
    const nowhere = `bolt://127.0.0.1:${await freePort()}`;
    const server = await startTestServer({ clientDirectory: CLIENT_DIST, neo4jUri: nowhere });
    servers.push(server);
    const page = await openPage(server.url);
    const banner = page.locator('#outage[role="alert"]');
    await banner.waitFor({ state: 'visible', timeout: 20_000 });
    expect(await banner.getAttribute('data-kind')).toBe('database');
    expect(await banner.innerText()).toMatch(/graph database is not answering/i);
    expect(await banner.innerText()).toContain('The server is up');
    expect(await page.locator('.status-activity').innerText()).toMatch(/loading the overview of the project/i);
    // The API itself says why: 503 with the DATABASE_UNAVAILABLE code.
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: '{ entity(id: "org:unodc") { id } }' }),
    });
    expect(response.status).toBe(503);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('DATABASE_UNAVAILABLE');
    await screenshot(page, 'outage-database');
    await page.close();
  }, 60_000);

  it('logged no errors in the browser console', () => {
    expect(session.consoleErrors).toEqual([]);
    expect(outageConsoleErrors.filter((message) => !EXPECTED_OUTAGE_LOG.test(message))).toEqual([]);
  });
});
