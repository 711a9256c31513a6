import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTITY_KINDS, RELATION_TYPES } from '../../model/data-model.js';
import { type ExplorerSession, nodeIds, PROJECT, screenshot, selectedIds, startSettledExplorer, visibleNodeIds, waitForIdle } from './explorer-harness.js';

let session: ExplorerSession;

beforeAll(async () => {
  session = await startSettledExplorer();
}, 120_000);

afterAll(async () => {
  await session?.close();
});

describe('a new reader opens the explorer', () => {
  it('sees the project at the centre with its implementers, donors, collaborators, beneficiaries and instruments', async () => {
    const { page } = session;
    const ids = await nodeIds(page);
    expect(ids.length).toBeGreaterThanOrEqual(20);
    expect(ids).toEqual(expect.arrayContaining([PROJECT, 'org:unodc', 'org:uncct', 'state:KAZ', 'state:CAN', 'instrument:firearms-protocol']));
    expect(await selectedIds(page)).toEqual([PROJECT]);
    // Every other node of the overview is one link away from the project.
    const strays = await page.evaluate((project) => window.cy.nodes().filter((node) => node.id() !== project && node.edgesWith(window.cy.getElementById(project)).empty()).map((node) => node.id()), PROJECT);
    expect(strays).toEqual([]);
    expect(await page.evaluate(() => performance.getEntriesByName('nexus:first-graph').length)).toBe(1);
    await page.locator('#panel-details h2', { hasText: 'Addressing the terrorism-arms-crime nexus' }).waitFor();
    await screenshot(page, 'overview');
  });

  it('has a legend giving every kind a colour and a shape, and every relation type a line style', async () => {
    const { page } = session;
    expect(await page.locator('#legend button[data-kind]').count()).toBe(ENTITY_KINDS.length);
    expect(await page.locator('#legend button[data-type]').count()).toBe(RELATION_TYPES.length);
    const styles = await page.evaluate(() => ({
      shapes: new Set(window.cy.nodes().map((node) => `${node.data('kind')}:${node.style('shape')}:${node.style('background-color')}`)).size,
      kinds: new Set(window.cy.nodes().map((node) => node.data('kind'))).size,
      lines: window.cy.edges('[type = "FUNDS"]').map((edge) => edge.style('line-style')),
    }));
    expect(styles.shapes).toBe(styles.kinds);
    expect(new Set(styles.lines)).toEqual(new Set(['dashed']));
  });

  it('hides and shows a kind and a relation type from the legend', async () => {
    const { page } = session;
    const before = await visibleNodeIds(page);
    await page.click('#legend button[data-kind="State"]');
    await page.waitForFunction(() => window.cy.nodes('[kind = "State"]:visible').length === 0);
    expect(await page.getAttribute('#legend button[data-kind="State"]', 'aria-pressed')).toBe('false');
    expect((await visibleNodeIds(page)).some((id) => id.startsWith('state:'))).toBe(false);
    expect(new URL(page.url()).searchParams.get('hideKinds')).toBe('State');

    await page.click('#legend button[data-type="SUPPORTS"]');
    await page.waitForFunction(() => window.cy.edges('[type = "SUPPORTS"]:visible').length === 0);
    await screenshot(page, 'legend-filtered');

    await page.click('#legend button[data-kind="State"]');
    await page.click('#legend button[data-type="SUPPORTS"]');
    await page.waitForFunction(() => window.cy.edges('[type = "SUPPORTS"]:hidden').length === 0);
    expect(await visibleNodeIds(page)).toEqual(before);
  });
});

describe('layouts, zoom and the minimap', () => {
  it('switches between force-directed, concentric, breadth-first and grid layouts', async () => {
    const { page } = session;
    for (const layout of ['concentric', 'breadthfirst', 'grid', 'fcose'] as const) {
      const before = await page.evaluate(() => window.cy.nodes().map((node) => ({ ...node.position() })));
      await page.selectOption('#layout-select', layout);
      await page.waitForFunction((name) => new URL(location.href).searchParams.get('layout') === (name === 'fcose' ? null : name), layout);
      await waitForIdle(page);
      const after = await page.evaluate(() => window.cy.nodes().map((node) => ({ ...node.position() })));
      expect(after).not.toEqual(before);
      // No two nodes end up on top of each other.
      const overlapping = after.filter((a, i) => after.some((b, j) => i < j && Math.hypot(a.x - b.x, a.y - b.y) < 10)).length;
      expect(overlapping, layout).toBe(0);
      if (layout === 'grid') await screenshot(page, 'layout-grid');
    }
  });

  it('zooms in, out and fits, with a minimap of the whole graph', async () => {
    const { page } = session;
    const zoom = () => page.evaluate(() => window.cy.zoom());
    const start = await zoom();
    await page.click('#zoom-in');
    await page.waitForFunction((level) => window.cy.zoom() > level * 1.1, start);
    await page.click('#zoom-out');
    await page.click('#zoom-out');
    await page.waitForFunction((level) => window.cy.zoom() < level, start);
    await page.click('#fit');
    await page.waitForTimeout(400);
    const allInView = await page.evaluate(() => {
      const extent = window.cy.extent();
      return window.cy.nodes().map((node) => node.position()).every(({ x, y }) => x >= extent.x1 && x <= extent.x2 && y >= extent.y1 && y <= extent.y2);
    });
    expect(allInView).toBe(true);
    expect(await page.isVisible('#minimap')).toBe(true);
  });
});

describe('analytics on demand', () => {
  it('sizes nodes by degree, then by betweenness centrality, so brokers stand out', async () => {
    const { page } = session;
    await page.selectOption('#size-select', 'degree');
    await page.waitForFunction(() => new Set(window.cy.nodes().map((node) => node.data('size'))).size > 1);
    const largest = await page.evaluate(() => window.cy.nodes().max((node) => node.data('size')).ele.id());
    expect(largest).toBe(PROJECT);
    const degreeRanking = await page.evaluate(() => window.cy.nodes().sort((a, b) => b.degree(false) - a.degree(false)).map((node) => node.id()).slice(0, 1));
    expect(degreeRanking).toEqual([PROJECT]);

    await page.selectOption('#size-select', 'betweenness');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('size') === 'betweenness');
    const sizes = await page.evaluate(() => Object.fromEntries(window.cy.nodes().map((node) => [node.id(), node.data('size') as number])));
    // The project brokers between everything else in the overview.
    expect(Math.max(...Object.values(sizes))).toBe(sizes[PROJECT]);
    await screenshot(page, 'betweenness');
    await page.selectOption('#size-select', 'none');
    await page.waitForFunction(() => new Set(window.cy.nodes().map((node) => node.data('size'))).size === 1);
  });

  it('logged no errors in the browser console', () => {
    expect(session.consoleErrors).toEqual([]);
  });
});
