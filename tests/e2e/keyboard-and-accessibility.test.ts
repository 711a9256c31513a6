import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeProblems } from './axe.js';
import { type ExplorerSession, nodeIds, screenshot, selectedIds, startSettledExplorer, tapNode, waitForIdle, waitForNodes } from './explorer-harness.js';

let session: ExplorerSession;
const SEARCH = 'input[role="combobox"][placeholder^="Search"]';

beforeAll(async () => {
  session = await startSettledExplorer();
}, 120_000);

afterAll(async () => {
  await session?.close();
});

interface Focused {
  description: string;
  /** A ring a sighted keyboard user can see: an outline or a box shadow. */
  ringVisible: boolean;
}

function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { description: 'body', ringVisible: false };
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const shadow = style.boxShadow !== 'none';
    const text = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 30);
    return { description: `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} “${text}”`, ringVisible: outline || shadow };
  });
}

/** Presses Tab until `done` holds, checking every stop on the way shows where the focus is. */
async function tabUntil(page: Page, done: () => Promise<boolean>, limit = 80): Promise<Focused[]> {
  const stops: Focused[] = [];
  for (let press = 0; press < limit; press++) {
    await page.keyboard.press('Tab');
    stops.push(await focused(page));
    if (await done()) return stops;
  }
  throw new Error(`Tab never got there; it went through ${stops.map((stop) => stop.description).join(', ')}`);
}

describe('a keyboard-only reader', () => {
  it('tabs to the search, types, and chooses a suggestion with the arrow keys and Enter', async () => {
    const { page } = session;
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const stops = await tabUntil(page, () => page.evaluate((selector) => document.activeElement === document.querySelector(selector), SEARCH), 5);
    expect(stops.filter((stop) => !stop.ringVisible)).toEqual([]);
    await page.keyboard.type('Voronkov');
    await page.locator('.main-search [role="option"]', { hasText: 'Vladimir Voronkov' }).waitFor();
    const options = await page.locator('.main-search [role="option"]').count();
    await page.keyboard.press('ArrowDown');
    if (options > 1) expect(await page.getAttribute(SEARCH, 'aria-activedescendant')).toMatch(/option-1$/);
    await page.keyboard.press('ArrowUp');
    expect(await page.getAttribute(SEARCH, 'aria-activedescendant')).toMatch(/option-0$/);
    expect(await page.locator('.main-search [role="option"][aria-selected="true"]').innerText()).toContain('Vladimir Voronkov');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.cy.getElementById('person:vladimir-voronkov').connectedEdges().length > 0, undefined, { polling: 50 });
    await waitForIdle(page);
    expect(await selectedIds(page)).toEqual(['person:vladimir-voronkov']);
  });

  it('tabs on to the graph, every control on the way showing a focus ring', async () => {
    const { page } = session;
    const stops = await tabUntil(page, () => page.evaluate(() => document.activeElement?.id === 'graph'));
    expect(stops.length).toBeGreaterThan(3);
    expect(stops.filter((stop) => !stop.ringVisible).map((stop) => stop.description)).toEqual([]);
    await screenshot(page, 'keyboard-graph-focused');
  });

  it('moves the selection from node to node with the arrow keys, and hears where it is', async () => {
    const { page } = session;
    const start = (await selectedIds(page))[0];
    let moved: string | undefined;
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
      await page.keyboard.press(key);
      moved = (await selectedIds(page))[0];
      if (moved && moved !== start) break;
    }
    expect(moved).toBeDefined();
    expect(moved).not.toBe(start);
    const label = await page.evaluate((id) => String(window.cy.getElementById(id).data('label')), moved!);
    expect(await page.locator('#graph-announcer').innerText()).toContain(label);
    expect(new URL(page.url()).searchParams.get('select')).toBe(moved);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('graph');
  });

  it('expands the selected node with Enter', async () => {
    const { page } = session;
    // A known node, not wherever the arrow keys happened to land (the force layout differs run to run).
    await tapNode(page, 'org:unodc');
    await page.focus('#graph');
    const [id] = await selectedIds(page);
    expect(id).toBe('org:unodc');
    // Node labels may be shortened; the details heading gives the full name the notice uses.
    const label = await page.evaluate((nodeId) => String(window.cy.getElementById(nodeId).data('label')).replace(/…$/, ''), id!);
    const heading = page.locator('#panel-details h2', { hasText: label.split(/\s+/)[0] });
    await heading.waitFor();
    const name = (await heading.innerText()).trim();
    const before = await nodeIds(page);
    await page.keyboard.press('Enter');
    await page.locator('.status-notice', { hasText: /Added \d+|no further links/ }).waitFor();
    await waitForIdle(page);
    const notice = await page.locator('.status-notice').innerText();
    expect(notice).toContain(name);
    const added = (await nodeIds(page)).filter((nodeId) => !before.includes(nodeId));
    if (notice.includes('no further links')) expect(added).toEqual([]);
    else {
      expect(added.length).toBeGreaterThan(0);
      expect(notice).toContain(`Added ${added.length}`);
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('graph');
    // An expansion lays out in the worker; with two browser files sharing two cores it can take a while.
  }, 60_000);

  it('pins with P, hides with Delete and takes that back with Ctrl+Z', async () => {
    const { page } = session;
    const [id] = await selectedIds(page);
    await page.keyboard.press('p');
    await page.waitForFunction((nodeId) => window.cy.getElementById(nodeId).locked(), id!, { polling: 50 });
    await page.keyboard.press('p');
    await page.waitForFunction((nodeId) => !window.cy.getElementById(nodeId).locked(), id!, { polling: 50 });
    await page.keyboard.press('Delete');
    await page.waitForFunction((nodeId) => window.cy.getElementById(nodeId).empty(), id!, { polling: 50 });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('graph');
    await page.keyboard.press('Control+z');
    await page.waitForFunction((nodeId) => window.cy.getElementById(nodeId).nonempty(), id!, { polling: 50 });
    await waitForIdle(page);
  });
});

describe('accessibility checks (axe-core) with no serious or critical problem', () => {
  it('on the overview with the details open', async () => {
    const { page } = session;
    await page.goto(session.server.url);
    await waitForNodes(page, 20);
    await waitForIdle(page);
    await page.locator('#panel-details h2').waitFor();
    expect(await axeProblems(page, 'overview')).toEqual([]);
  });

  it('on each tab of the side panel', async () => {
    const { page } = session;
    const problems: string[] = [];
    for (const tab of ['questions', 'paths', 'roles', 'details']) {
      await page.click(`#tab-${tab}`);
      await page.locator(`#panel-${tab}`).waitFor({ state: 'visible' });
      await waitForIdle(page);
      expect(await page.locator(`#panel-${tab}`).innerText()).not.toBe('');
      problems.push(...(await axeProblems(page, `${tab} tab`)));
      await screenshot(page, `tab-${tab}`);
    }
    expect(problems).toEqual([]);
  });

  it('with the source reader open', async () => {
    const { page } = session;
    await page.evaluate(() => {
      window.cy.edges('[type = "FUNDS"]').first().emit('tap');
    });
    const read = page.locator('#panel-details button.read-source').first();
    await read.waitFor();
    await read.click();
    await page.locator('#reader[open]').waitFor();
    await waitForIdle(page);
    expect(await page.locator('#reader').innerText()).not.toBe('');
    const problems = await axeProblems(page, 'reader');
    await screenshot(page, 'reader-open');
    await page.keyboard.press('Escape');
    await page.locator('#reader[open]').waitFor({ state: 'detached' });
    expect(problems).toEqual([]);
  });
});

describe('fits a 1280×720 laptop screen', () => {
  it('scrolls nowhere sideways and keeps the toolbar on one row without overlaps', async () => {
    const { page } = session;
    const layout = await page.evaluate(() => {
      const boxes = [...document.querySelectorAll('.top-bar > h1, .top-bar > .entity-search, .toolbar > *:not([hidden])')].map((element) => {
        const box = element.getBoundingClientRect();
        return { name: element.id || element.className || element.tagName, left: box.left, right: box.right, top: box.top, bottom: box.bottom };
      });
      return { pageWidth: document.documentElement.scrollWidth, viewportWidth: window.innerWidth, pageHeight: document.documentElement.scrollHeight, viewportHeight: window.innerHeight, topBar: document.querySelector('.top-bar')!.getBoundingClientRect().height, boxes };
    });
    expect(layout.pageWidth).toBeLessThanOrEqual(layout.viewportWidth);
    expect(layout.pageHeight).toBeLessThanOrEqual(layout.viewportHeight);
    // One row: a wrapped toolbar would double the bar's height.
    expect(layout.topBar).toBeLessThan(60);
    const overlaps: string[] = [];
    layout.boxes.forEach((a, index) => {
      expect(a.right).toBeLessThanOrEqual(layout.viewportWidth);
      for (const b of layout.boxes.slice(index + 1)) {
        if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) overlaps.push(`${a.name} × ${b.name}`);
      }
    });
    expect(overlaps).toEqual([]);
    await screenshot(page, 'laptop-layout');
  });

  it('logged no errors in the browser console', () => {
    expect(session.consoleErrors).toEqual([]);
  });
});
