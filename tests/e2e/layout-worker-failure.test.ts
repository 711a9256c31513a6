import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExplorerSession, nodeIds, startSettledExplorer, tapNode, waitForIdle, waitForNodes } from './explorer-harness.js';

let session: ExplorerSession;

/** The layout worker's script, as the production build names it (layout-worker-<hash>.js). */
const WORKER_SCRIPT = '**/layout-worker-*.js';
/** Chromium's own line for the worker script the test refuses to serve; any other error counts. */
const REFUSED_WORKER_LOG = /^Failed to load resource: net::ERR_FAILED$/;

beforeAll(async () => {
  session = await startSettledExplorer();
}, 120_000);

afterAll(async () => {
  await session?.close();
});

/** Expands a node from its details and waits until the step is done. */
async function expand(page: Page, id: string): Promise<void> {
  await page.click('#tab-details');
  await tapNode(page, id);
  await page.click('#panel-details .actions button:text-is("Expand")');
  await waitForIdle(page);
}

/** Distinct rounded positions: a graph never laid out would have its nodes piled on a few spots. */
async function distinctPlaces(page: Page): Promise<number> {
  return page.evaluate(() => new Set(window.cy.nodes().map((node) => `${Math.round(node.position('x'))},${Math.round(node.position('y'))}`)).size);
}

describe('a layout worker that dies does not stall the explorer', () => {
  it('draws, arranges and expands the graph when the worker’s script cannot be loaded', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 720 } });
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && !REFUSED_WORKER_LOG.test(message.text())) errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.route(WORKER_SCRIPT, (route) => route.abort());
    await page.goto(session.server.url);
    await waitForNodes(page, 20);
    await waitForIdle(page);
    const count = (await nodeIds(page)).length;
    expect(await distinctPlaces(page)).toBe(count);
    expect(await page.locator('.status-notice').innerText()).toMatch(/force-directed layout failed/);

    // The next steps run too: the queue is not stuck behind the failed layout.
    await expand(page, 'org:unodc');
    expect((await nodeIds(page)).length).toBeGreaterThan(count);
    await page.click('#relayout');
    await waitForIdle(page);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('gives up on a worker that stops answering, arranges without it, and starts a new one for the next layout', async () => {
    const { page } = session;
    const [worker] = page.workers();
    expect(worker).toBeDefined();
    // The worker ends itself silently, as a crashed or killed worker would: no error event, no answer.
    await worker!.evaluate(() => (self as unknown as { close(): void }).close()).catch(() => undefined);
    const before = (await nodeIds(page)).length;
    await page.click('#relayout');
    // The deadline is 10 s plus 10 ms per node; the page waits it out, then carries on.
    await page.waitForFunction(() => !document.body.classList.contains('is-busy'), undefined, { polling: 100, timeout: 40_000 });
    await waitForIdle(page);
    expect(await page.locator('.status-notice').innerText()).toMatch(/force-directed layout failed/);
    expect(await distinctPlaces(page)).toBe(before);

    // A later step lays its newcomers out with a fresh worker.
    await expand(page, 'state:KAZ');
    expect((await nodeIds(page)).length).toBeGreaterThan(before);
    expect(page.workers().length).toBeGreaterThan(0);
  }, 90_000);

  it('logged no errors in the browser console', () => {
    expect(session.consoleErrors).toEqual([]);
  });
});
