import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from '../../server/start-server.js';
import { ARTIFACTS, launchBrowser } from '../support/browser.js';
import { buildClient, CLIENT_DIST } from '../support/client-build.js';
import { startTestServer } from '../support/server.js';

/**
 * One explorer session for a test file: the production build, served by the real server on the
 * run's seeded Neo4j, in headless Chromium at a 1280×720 laptop size. Tests assert through
 * `window.cy` and the DOM, never through pixels.
 */
export interface ExplorerSession {
  server: RunningServer;
  browser: Browser;
  page: Page;
  /** Errors the page logged; every file ends by asserting there were none. */
  consoleErrors: string[];
  close(): Promise<void>;
}

export const PROJECT = 'project:terrorism-arms-crime-nexus';

export interface ExplorerOptions {
  /** The Neo4j to serve (by default the curated graph; inject('referenceNeo4jUri') for the wider nexus). */
  neo4jUri?: string;
}

export async function startExplorer(path = '/', options: ExplorerOptions = {}): Promise<ExplorerSession> {
  buildClient();
  const server = await startTestServer({ clientDirectory: CLIENT_DIST, neo4jUri: options.neo4jUri });
  await warmUp(server.url);
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await page.goto(server.url + path);
  return {
    server,
    browser,
    page,
    consoleErrors,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Asks the fresh server the overview's questions once before the page does. Neo4j plans each
 * query on its first run, which on a loaded shared machine took over 20 s (measured: 4–6 s idle)
 * and tripped the client's request timeout before any test began; these tests are about the
 * explorer, not about a cold database.
 */
async function warmUp(url: string): Promise<void> {
  const ask = (query: string, variables: Record<string, unknown> = {}) =>
    fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) }).then((response) => response.text());
  await ask('query ($id: ID!) { timeline { id } entity(id: $id) { id evidence { quote } } }', { id: PROJECT });
  await ask('query ($id: ID!) { neighbourhood(id: $id, depth: 1, limit: 200) { nodes { id } edges { id } } }', { id: PROJECT });
  await ask('query ($id: ID!, $types: [RelationType!]) { neighbourhood(id: $id, depth: 1, limit: 200, types: $types) { nodes { id } edges { id } } }', { id: PROJECT, types: ['IMPLEMENTS', 'FUNDS'] });
}

/** startExplorer, then waits until the overview is drawn and its first layout has settled. */
export async function startSettledExplorer(path = '/', options: ExplorerOptions = {}): Promise<ExplorerSession> {
  const session = await startExplorer(path, options);
  await waitForNodes(session.page, 20);
  await waitForIdle(session.page);
  return session;
}

type Cy = import('cytoscape').Core;
declare global {
  interface Window {
    cy: Cy;
  }
}

export function nodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() => window.cy.nodes().map((node) => node.id()).sort());
}

export function visibleNodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() => window.cy.nodes(':visible').map((node) => node.id()).sort());
}

export function selectedIds(page: Page): Promise<string[]> {
  return page.evaluate(() => window.cy.$(':selected').map((element) => element.id()));
}

export async function waitForNodes(page: Page, atLeast: number): Promise<void> {
  await page.waitForFunction((count) => (window.cy?.nodes().length ?? 0) >= count, atLeast, { polling: 50 });
}

/** Waits until no request is loading and no layout is running (the status bar's busy state). */
export async function waitForIdle(page: Page): Promise<void> {
  await page.waitForTimeout(50);
  // Polled on a timer: requestAnimationFrame polling stalls while the page draws nothing new.
  await page.waitForFunction(() => !document.body.classList.contains('is-busy') && window.cy.nodes(':animated').length === 0 && !window.cy.animated(), undefined, { polling: 50 });
}

export async function positions(page: Page, ids: string[]): Promise<Record<string, { x: number; y: number }>> {
  return page.evaluate((wanted) => Object.fromEntries(wanted.map((id) => [id, { ...window.cy.getElementById(id).position() }])), ids);
}

/** Selects a node as a tap would, wherever it is (evaluate returns nothing: a collection would drag the whole graph through serialisation). */
export async function tapNode(page: Page, id: string): Promise<void> {
  await page.evaluate((nodeId) => {
    window.cy.getElementById(nodeId).emit('tap');
  }, id);
}

/** Clicks a node where it is drawn on screen. */
export async function clickNode(page: Page, id: string, options: { double?: boolean } = {}): Promise<void> {
  const point = await renderedCentre(page, id);
  if (options.double) await page.mouse.dblclick(point.x, point.y);
  else await page.mouse.click(point.x, point.y);
}

export async function renderedCentre(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((nodeId) => {
    const node = window.cy.getElementById(nodeId);
    const box = window.cy.container()!.getBoundingClientRect();
    const position = node.renderedPosition();
    return { x: box.left + position.x, y: box.top + position.y };
  }, id);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const path = join(ARTIFACTS, `explorer-${name}.png`);
  await page.screenshot({ path });
  return path;
}
