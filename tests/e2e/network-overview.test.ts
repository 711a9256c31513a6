import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type ExplorerSession, nodeIds, screenshot, startExplorer, waitForNodes } from './explorer-harness.js';

/**
 * The whole-network overview on the wider nexus (curated + every reference dataset): opened from
 * the toolbar, it draws every entity of the layers the legend shows, and what the reader picks
 * in it comes into the working view in one undoable step.
 */
let session: ExplorerSession;
const AXE_SCRIPT = join(dirname(createRequire(import.meta.url).resolve('axe-core')), 'axe.min.js');
const OPEN = '#network-overview-open';
const DIALOG = '#network-overview';
const REFERENCE_DATASETS = ['dataset:country-codes', 'dataset:untc-arms-treaties', 'dataset:cow-igo', 'dataset:un-sc-consolidated'];

type Cy = import('cytoscape').Core;
declare global {
  interface Window {
    overviewCy: Cy;
  }
}

/**
 * Nothing loading and no layout running. The first view's background reads (the links of hubs
 * such as INTERPOL among the shown actors) took over 30 s on the loaded shared machine, so this
 * waits longer than the harness's waitForIdle does.
 */
async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(50);
  await page.waitForFunction(() => !document.body.classList.contains('is-busy') && !window.cy.animated(), undefined, { timeout: 180_000, polling: 100 });
}

beforeAll(async () => {
  session = await startExplorer('/', { neo4jUri: inject('referenceNeo4jUri') });
  await waitForNodes(session.page, 20);
  await settle(session.page);
}, 300_000);

afterAll(async () => {
  await session?.close();
});

interface NetworkPageOnWire {
  nodes: { id: string }[];
  edges: { fromId: string; toId: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string };
}

/** What the API says the overview must show for these layers: its entities, and its links between two of them. */
async function networkOf(datasetIds: string[]): Promise<{ nodes: Set<string>; edges: number }> {
  const nodes = new Set<string>();
  const edges: { fromId: string; toId: string }[] = [];
  let after: string | null = null;
  for (;;) {
    const response: Response = await fetch(`${session.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query ($d: [ID!], $a: String) { network(datasetIds: $d, first: 2000, after: $a) { nodes { id } edges { fromId toId } pageInfo { hasNextPage endCursor } } }',
        variables: { d: datasetIds, a: after },
      }),
    });
    const body = (await response.json()) as { data: { network: NetworkPageOnWire } };
    const network: NetworkPageOnWire = body.data.network;
    network.nodes.forEach((node) => nodes.add(node.id));
    edges.push(...network.edges);
    if (!network.pageInfo.hasNextPage) break;
    after = network.pageInfo.endCursor;
  }
  return { nodes, edges: edges.filter((edge) => nodes.has(edge.fromId) && nodes.has(edge.toId)).length };
}

/** Opens the overview with the keyboard, as a reader tabbing through the toolbar does, and waits until it is drawn. */
async function openOverview(page: Page): Promise<void> {
  await page.focus(OPEN);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => (document.querySelector('#network-overview') as HTMLDialogElement).open);
  await page.waitForFunction(() => /entit/.test(document.querySelector('.overview-status')?.textContent ?? '') && window.overviewCy?.nodes().length > 0, undefined, {
    timeout: 60_000,
    polling: 100,
  });
}

const overviewCounts = (page: Page) =>
  page.evaluate(() => ({ nodes: window.overviewCy.nodes().map((node) => node.id()).sort(), edges: window.overviewCy.edges().length }));

async function closeWithEscape(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !(document.querySelector('#network-overview') as HTMLDialogElement).open);
}

/** Zooms the overview onto an entity, as a reader would before clicking it, and clicks it where it is drawn. */
async function clickInOverview(page: Page, id: string, modifiers: ('Shift')[] = []): Promise<void> {
  const point = await page.evaluate((nodeId) => {
    const cy = window.overviewCy;
    const node = cy.getElementById(nodeId);
    cy.zoom({ level: 4, position: node.position() });
    cy.center(node);
    const box = cy.container()!.getBoundingClientRect();
    const rendered = node.renderedPosition();
    return { x: box.left + rendered.x, y: box.top + rendered.y };
  }, id);
  await page.waitForTimeout(300);
  for (const key of modifiers) await page.keyboard.down(key);
  await page.mouse.click(point.x, point.y);
  for (const key of modifiers) await page.keyboard.up(key);
}

async function axeProblems(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(AXE_SCRIPT, 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    return (await axe.run(document)).violations.map((violation) => ({ id: violation.id, impact: violation.impact, help: violation.help, targets: violation.nodes.slice(0, 4).map((node) => JSON.stringify(node.target)) }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${violation.id} (${violation.impact}) ${violation.help} at ${violation.targets.join(' ')}`);
}

describe('the whole-network overview', () => {
  it('opens from the toolbar with the keyboard on the layers the legend shows (the curated one first), and Escape gives focus back', { timeout: 120_000 }, async () => {
    const { page } = session;
    await openOverview(page);
    const expected = await networkOf(['dataset:curated']);
    const shown = await overviewCounts(page);
    expect(shown.nodes).toEqual([...expected.nodes].sort());
    expect(shown.edges).toBe(expected.edges);
    expect(await page.locator('.overview-status').innerText()).toContain(`${expected.nodes.size} entities`);
    await closeWithEscape(page);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('network-overview-open');
  });

  it('shows every entity of every layer once all are on, and fewer when the legend hides one', { timeout: 240_000 }, async () => {
    const { page } = session;
    for (const dataset of REFERENCE_DATASETS) {
      await page.click(`#legend button[data-dataset="${dataset}"]`);
      await page.waitForFunction((id) => document.querySelector(`#legend button[data-dataset="${id}"]`)?.getAttribute('aria-pressed') === 'true', dataset);
    }
    await openOverview(page);
    const every = await networkOf(['dataset:curated', ...REFERENCE_DATASETS]);
    const all = await overviewCounts(page);
    expect(all.nodes.length).toBeGreaterThan(1_400);
    expect(all.nodes).toEqual([...every.nodes].sort());
    expect(all.edges).toBe(every.edges);
    await screenshot(page, 'network-overview-all-layers');
    expect(await axeProblems(page)).toEqual([]);
    await closeWithEscape(page);

    await page.click('#legend button[data-dataset="dataset:un-sc-consolidated"]');
    await openOverview(page);
    const withoutSanctions = await networkOf(['dataset:curated', 'dataset:country-codes', 'dataset:untc-arms-treaties', 'dataset:cow-igo']);
    const fewer = await overviewCounts(page);
    expect(fewer.nodes.length).toBeLessThan(all.nodes.length);
    expect(fewer.nodes).toEqual([...withoutSanctions.nodes].sort());
    expect(fewer.edges).toBe(withoutSanctions.edges);
    await closeWithEscape(page);
  });

  it('picks Brazil and Argentina (a click, then a shift-click) into the working view in one step, which one undo takes back', { timeout: 240_000 }, async () => {
    const { page } = session;
    await settle(page);
    const before = await nodeIds(page);
    expect(before).not.toContain('state:BRA');
    expect(before).not.toContain('state:ARG');
    await openOverview(page);
    await clickInOverview(page, 'state:BRA');
    await page.locator('.overview-details h3', { hasText: 'Brazil' }).waitFor();
    await clickInOverview(page, 'state:ARG', ['Shift']);
    await page.locator('.overview-picked li', { hasText: 'Argentina' }).waitFor();
    expect(await page.locator('.overview-picked li').allInnerTexts()).toEqual([expect.stringContaining('Brazil'), expect.stringContaining('Argentina')]);
    expect(await page.evaluate(() => window.overviewCy.nodes(':selected').map((node) => node.id()).sort())).toEqual(['state:ARG', 'state:BRA']);
    await screenshot(page, 'network-overview-picked');
    await page.getByRole('button', { name: 'Add 2 to view' }).click();
    await page.waitForFunction(() => ['state:BRA', 'state:ARG'].every((id) => window.cy.getElementById(id).nonempty()), undefined, { timeout: 60_000 });
    await settle(page);
    expect(await page.evaluate(() => (document.querySelector('#network-overview') as HTMLDialogElement).open)).toBe(false);
    expect((await nodeIds(page)).sort()).toEqual([...before, 'state:ARG', 'state:BRA'].sort());
    await screenshot(page, 'network-overview-added');
    await page.click('#undo');
    await page.waitForFunction(() => window.cy.getElementById('state:BRA').empty() && window.cy.getElementById('state:ARG').empty());
    expect(await nodeIds(page)).toEqual(before);
  });

  it('logged no errors in the page', () => {
    expect(session.consoleErrors).toEqual([]);
  });
});
