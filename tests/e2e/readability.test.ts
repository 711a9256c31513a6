import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExplorerSession, PROJECT, screenshot, startSettledExplorer, tapNode, waitForIdle } from './explorer-harness.js';

let session: ExplorerSession;
const SEARCH = 'input[role="combobox"][placeholder^="Search"]';

beforeAll(async () => {
  session = await startSettledExplorer();
}, 120_000);

afterAll(async () => {
  await session?.close();
});

/** True when the node's centre lies inside the visible part of the graph. */
async function inView(page: Page, id: string): Promise<boolean> {
  return page.evaluate((nodeId) => {
    const node = window.cy.getElementById(nodeId);
    if (node.empty()) return false;
    const { x1, y1, x2, y2 } = window.cy.extent();
    const { x, y } = node.position();
    return x > x1 && x < x2 && y > y1 && y < y2;
  }, id);
}

/** Moves the camera far away from the graph, as a reader panning about would. */
async function lookElsewhere(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.cy.stop();
    window.cy.zoom(1.2);
    window.cy.pan({ x: 20_000, y: 20_000 });
  });
}

describe('what was asked for is in sight', () => {
  it('brings a searched actor into view', async () => {
    const { page } = session;
    await lookElsewhere(page);
    expect(await inView(page, 'org:unodc')).toBe(false);
    await page.fill(SEARCH, 'UNODC');
    await page.locator('[role="option"][data-id="org:unodc"]').dispatchEvent('mousedown');
    await waitForIdle(page);
    expect(await inView(page, 'org:unodc')).toBe(true);
  });

  it('brings the other end of a link chosen in the details into view', async () => {
    const { page } = session;
    await page.click('#tab-details');
    await tapNode(page, 'state:CAN');
    await page.locator('#panel-details .links-list').waitFor();
    await lookElsewhere(page);
    await page.locator('#panel-details .links-list button', { hasText: /^funds → Addressing/ }).click();
    await waitForIdle(page);
    expect(await inView(page, PROJECT)).toBe(true);
  });

  it('brings back into view what an undo restores', async () => {
    const { page } = session;
    await tapNode(page, 'state:SAU');
    await page.click('#panel-details .actions button:text-is("Hide")');
    await waitForIdle(page);
    await lookElsewhere(page);
    await page.click('#undo');
    await waitForIdle(page);
    expect(await inView(page, 'state:SAU')).toBe(true);
  });

  it('keeps the selection in sight when a panel is opened', async () => {
    const { page } = session;
    await tapNode(page, 'org:unodc');
    await lookElsewhere(page);
    await page.click('#tab-roles');
    await waitForIdle(page);
    expect(await inView(page, 'org:unodc')).toBe(true);
    await page.click('#tab-details');
  });
});

describe('what the legend hides is gone everywhere', () => {
  it('counts only what is shown in the status line, and drops a selection it hides from the details', async () => {
    const { page } = session;
    await tapNode(page, 'state:KAZ');
    await page.locator('#panel-details h2', { hasText: 'Kazakhstan' }).waitFor();
    await page.click('#legend .legend-entry[data-kind="State"]');
    await waitForIdle(page);
    const shown = await page.evaluate(() => ({ nodes: window.cy.nodes(':visible').length, edges: window.cy.edges(':visible').length, all: window.cy.nodes().length }));
    expect(shown.nodes).toBeLessThan(shown.all);
    await page.waitForFunction((count) => document.querySelector('.status-counts')!.textContent!.startsWith(`${count} entities`), shown.nodes, { polling: 50 });
    expect(await page.locator('.status-counts').innerText()).toBe(`${shown.nodes} entities · ${shown.edges} links in view (${shown.all - shown.nodes} hidden by the legend)`);
    expect(await page.evaluate(() => window.cy.$(':selected').length)).toBe(0);
    expect(await page.locator('#panel-details h2').first().innerText()).toBe('Details');
    await page.click('#legend .legend-entry[data-kind="State"]');
    await waitForIdle(page);
  });
});

describe('the minimap', () => {
  it('can be hidden, and stays hidden in the shared link', async () => {
    const { page } = session;
    const toggle = page.locator('#minimap-toggle');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('#minimap').isVisible()).toBe(true);
    await toggle.click();
    await waitForIdle(page);
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await page.locator('#minimap').isVisible()).toBe(false);
    await page.waitForFunction(() => location.search.includes('minimap=off'), undefined, { polling: 50 });
    await page.reload();
    await waitForIdle(page);
    await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 5, undefined, { polling: 50 });
    expect(await page.locator('#minimap').isVisible()).toBe(false);
    await page.locator('#minimap-toggle').click();
    await waitForIdle(page);
    expect(await page.locator('#minimap').isVisible()).toBe(true);
  });
});

describe('readable at 30+ nodes, at laptop and desktop sizes', () => {
  for (const size of [{ width: 1280, height: 720 }, { width: 1440, height: 900 }]) {
    it(`shows many roles per screen and the whole “Size by” choice at ${size.width}×${size.height} (screenshots of every layout)`, async () => {
      const { page } = session;
      await page.setViewportSize(size);
      await page.goto(`${session.server.url}/`);
      await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) >= 20, undefined, { polling: 50 });
      await waitForIdle(page);
      await tapNode(page, 'org:unodc');
      await page.click('#panel-details .actions button:text-is("Expand")');
      await waitForIdle(page);
      expect(await page.evaluate(() => window.cy.nodes().length)).toBeGreaterThanOrEqual(30);
      await screenshot(page, `readable-fcose-${size.width}`);
      for (const layout of ['concentric', 'breadthfirst'] as const) {
        await page.selectOption('#layout-select', layout);
        await waitForIdle(page);
        await screenshot(page, `readable-${layout}-${size.width}`);
      }
      await page.selectOption('#layout-select', 'fcose');
      await waitForIdle(page);
      await page.click('#tab-roles');
      await page.locator('#panel-roles .roles-table tbody tr[data-key]').first().waitFor();
      await screenshot(page, `readable-roles-${size.width}`);
      // The "Of" column (the project's 150-character title on every row) holds one line per row, the whole title on hover.
      const ofHeights = await page.locator('#panel-roles .roles-table td.target').evaluateAll((cells) => cells.map((cell) => cell.querySelector('.cell-line')!.getBoundingClientRect().height));
      expect(ofHeights.length).toBeGreaterThan(10);
      expect(Math.max(...ofHeights)).toBeLessThan(22);
      expect(await page.locator('#panel-roles .roles-table td.target .cell-line').first().getAttribute('title')).toMatch(/^Addressing the terrorism-arms-crime nexus: Preventing/);
      // "Size by" shows its longest option whole.
      await page.selectOption('#size-select', 'betweenness');
      const room = await page.evaluate(() => {
        const select = document.querySelector<HTMLSelectElement>('#size-select')!;
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = getComputedStyle(select).font;
        const style = getComputedStyle(select);
        // The text box: the width less the padding and the drop-down arrow (about 20 px).
        return { text: context.measureText(select.selectedOptions[0]!.text).width, box: select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20 };
      });
      expect(room.text).toBeLessThanOrEqual(room.box);
      await screenshot(page, `readable-size-${size.width}`);
      await page.selectOption('#size-select', 'none');
      await page.click('#tab-details');
    }, 120_000);
  }

  it('keeps every node and its label clear of the tools box on the graph (Overview, Group above) in every layout', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${session.server.url}/`);
    await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) >= 20, undefined, { polling: 50 });
    await waitForIdle(page);
    await tapNode(page, 'org:unodc');
    await page.click('#panel-details .actions button:text-is("Expand")');
    await waitForIdle(page);
    for (const layout of ['concentric', 'breadthfirst', 'grid', 'fcose'] as const) {
      await page.selectOption('#layout-select', layout);
      await waitForIdle(page);
      const covered = await page.evaluate(() => {
        const tools = document.querySelector('.graph-tools')!.getBoundingClientRect();
        const frame = window.cy.container()!.getBoundingClientRect();
        return window.cy
          .nodes(':visible')
          .filter((node) => {
            const box = node.renderedBoundingBox({ includeLabels: true });
            const [x1, y1, x2, y2] = [frame.left + box.x1, frame.top + box.y1, frame.left + box.x2, frame.top + box.y2];
            return x1 < tools.right && x2 > tools.left && y1 < tools.bottom && y2 > tools.top;
          })
          .map((node) => node.id());
      });
      await screenshot(page, `tools-box-clear-${layout}`);
      expect({ layout, covered }).toEqual({ layout, covered: [] });
    }
  }, 120_000);

  it('logged no errors in the browser console', () => {
    expect(session.consoleErrors).toEqual([]);
  });
});
