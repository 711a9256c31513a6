import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExplorerSession, nodeIds, screenshot, selectedIds, startSettledExplorer, tapNode, waitForIdle, waitForNodes } from './explorer-harness.js';

let session: ExplorerSession;
let shared: Page | undefined;
const consoleErrors: string[] = [];

beforeAll(async () => {
  session = await startSettledExplorer();
}, 120_000);

afterAll(async () => {
  await session?.close();
});

function param(page: Page, name: string): string | null {
  return new URL(page.url()).searchParams.get(name);
}

/** What a reader would call "the same view", read from the graph and the controls, not from the URL. */
async function viewOf(page: Page) {
  return page.evaluate(() => ({
    nodes: window.cy.nodes().map((node) => node.id()).sort(),
    hiddenNodes: window.cy.nodes(':hidden').map((node) => node.id()).sort(),
    hiddenEdges: window.cy.edges(':hidden').map((edge) => edge.id()).sort(),
    selected: window.cy.$(':selected').map((element) => element.id()),
    pinned: window.cy.nodes(':locked').map((node) => node.id()).sort(),
    fadedByTime: window.cy.elements('.out-of-time').map((element) => element.id()).sort(),
    layout: (document.getElementById('layout-select') as HTMLSelectElement).value,
    sizeBy: (document.getElementById('size-select') as HTMLSelectElement).value,
    legendOff: [...document.querySelectorAll('#legend button[aria-pressed="false"]')].map((button) => button.getAttribute('data-kind') ?? button.getAttribute('data-type')).sort(),
  }));
}

describe('a view is a link', () => {
  it('writes every part of the view into the address: nodes, filters, selection, layout, pins, sizes and period', async () => {
    const { page } = session;
    await page.evaluate(() => {
      window.cy.fit(window.cy.getElementById('org:unodc'), 250);
    });
    await tapNode(page, 'org:unodc');
    await page.locator('#panel-details h2', { hasText: 'United Nations Office on Drugs and Crime' }).waitFor();
    await page.click('#panel-details button:text-is("Expand")');
    await page.waitForFunction(() => window.cy.getElementById('person:ghada-waly').nonempty(), undefined, { polling: 50 });
    await waitForIdle(page);
    await page.click('#panel-details button:text-is("Pin")');
    await page.waitForFunction(() => window.cy.getElementById('org:unodc').locked(), undefined, { polling: 50 });
    await page.click('#legend button[data-kind="Instrument"]');
    await page.click('#legend button[data-type="FUNDS"]');
    await page.selectOption('#size-select', 'degree');
    await page.selectOption('#layout-select', 'concentric');
    await waitForIdle(page);
    await page.fill('#timeline-from', '2020-01');
    await page.fill('#timeline-to', '2021-12');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('to') === '2021-12', undefined, { polling: 50 });
    await tapNode(page, 'person:ghada-waly');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('select') === 'person:ghada-waly', undefined, { polling: 50 });

    expect(param(page, 'nodes')!.split(',').sort()).toEqual(await nodeIds(page));
    expect(param(page, 'pinned')).toBe('org:unodc');
    expect(param(page, 'hideKinds')).toBe('Instrument');
    expect(param(page, 'hideTypes')).toBe('FUNDS');
    expect(param(page, 'layout')).toBe('concentric');
    expect(param(page, 'size')).toBe('degree');
    expect([param(page, 'from'), param(page, 'to')]).toEqual(['2020-01', '2021-12']);
    // The link stays legible: ids are not percent-encoded.
    expect(page.url()).toContain('pinned=org:unodc');
  });

  it('opens the same view from that link in a new page', async () => {
    const { page, browser } = session;
    const original = await viewOf(page);
    expect(original.hiddenNodes.length).toBeGreaterThan(0);
    expect(original.hiddenEdges.length).toBeGreaterThan(0);
    expect(original.fadedByTime.length).toBeGreaterThan(0);

    shared = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    shared.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    shared.on('pageerror', (error) => consoleErrors.push(error.message));
    await shared.goto(page.url());
    await waitForNodes(shared, original.nodes.length);
    await waitForIdle(shared);
    await shared.locator('#panel-details h2', { hasText: 'Ghada Waly' }).waitFor();
    expect(await viewOf(shared)).toEqual(original);
    expect(await selectedIds(shared)).toEqual(['person:ghada-waly']);
    await screenshot(shared, 'shared-link-opened');
  });

  it('copies the link with Share', async () => {
    const { page } = session;
    const origin = new URL(page.url()).origin;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await page.click('#share');
    await page.locator('.status-notice', { hasText: 'Link copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    await page.context().clearPermissions();
  });

  it('shows the link, selected for copying, when the browser refuses the clipboard', async () => {
    const { page } = session;
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) }, configurable: true });
    });
    await page.click('#share');
    const field = page.locator('#share-link');
    await field.waitFor();
    expect(await field.inputValue()).toBe(page.url());
    expect(await page.evaluate(() => {
      const input = document.getElementById('share-link') as HTMLInputElement;
      return document.activeElement === input && input.selectionStart === 0 && input.selectionEnd === input.value.length;
    })).toBe(true);
    await screenshot(page, 'share-link-shown');
    await page.keyboard.press('Escape');
    await field.waitFor({ state: 'hidden' });
  });

  it('steps back and forward through the view with the browser buttons', async () => {
    const { page } = session;
    const before = await nodeIds(page);
    expect(before).not.toContain('person:vladimir-voronkov');
    // UNOCT's links bring in its head, Vladimir Voronkov, and the events it organised.
    await tapNode(page, 'org:unoct');
    await page.locator('#panel-details h2', { hasText: 'United Nations Office of Counter-Terrorism' }).waitFor();
    await page.click('#panel-details button:text-is("Expand")');
    await page.waitForFunction((count) => window.cy.nodes().length > count, before.length, { polling: 50 });
    await waitForIdle(page);
    const expanded = await nodeIds(page);
    const added = expanded.filter((id) => !before.includes(id));
    expect(added).toContain('person:vladimir-voronkov');

    await page.goBack();
    await page.waitForFunction((ids) => ids.every((id) => window.cy.getElementById(id).empty()), added, { polling: 50 });
    await waitForIdle(page);
    expect(await nodeIds(page)).toEqual(before);

    await page.goForward();
    await page.waitForFunction((ids) => ids.every((id) => window.cy.getElementById(id).nonempty()), added, { polling: 50 });
    await waitForIdle(page);
    expect(await nodeIds(page)).toEqual(expanded);
  }, 60_000);

  it('logged no errors in the browser console', () => {
    expect([...session.consoleErrors, ...consoleErrors]).toEqual([]);
  });
});
