import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS } from '../support/browser.js';
import { parseCsv } from '../support/csv.js';
import { type ExplorerSession, PROJECT, startSettledExplorer, tapNode, waitForIdle } from './explorer-harness.js';

let session: ExplorerSession;
const ROLES = '#panel-roles';
const CANADA = 'state:CAN';
const UNODC = 'org:unodc';
const SLOW_MILLIS = 2_500;

/**
 * A network that answers out of order: the first API request whose body matches `slow` is held
 * back for a few seconds, everything else passes at once. A page that cancels the held request
 * (as it should once a newer one is sent) makes it fail here, which is what the catch is for.
 */
async function holdBackFirst(page: Page, slow: (body: { query: string; variables: Record<string, unknown> }) => boolean): Promise<{ held: () => number }> {
  let held = 0;
  await page.route('**/graphql', async (route: Route) => {
    const body = JSON.parse(route.request().postData() ?? '{}') as { query: string; variables: Record<string, unknown> };
    if (held === 0 && slow(body)) {
      held++;
      await new Promise((resolve) => setTimeout(resolve, SLOW_MILLIS));
    }
    await route.continue().catch(() => undefined);
  });
  return { held: () => held };
}

async function apiRoles(actorId: string): Promise<{ actor: { id: string }; target: { id: string }; role: string }[]> {
  const response = await fetch(`${session.server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'query ($actorId: ID) { partnerRoles(actorId: $actorId, first: 100) { nodes { role actor { id } target { id } } } }', variables: { actorId } }),
  });
  return ((await response.json()) as { data: { partnerRoles: { nodes: { actor: { id: string }; target: { id: string }; role: string }[] } } }).data.partnerRoles.nodes;
}

/** Types into a labelled entity search of the Paths panel and chooses the suggestion with this id. */
async function choose(page: Page, label: string, text: string, id: string): Promise<void> {
  const input = page.locator('#panel-paths .entity-search', { has: page.locator('label', { hasText: new RegExp(`^${label}$`) }) }).locator('input');
  await input.fill(text);
  await input.locator('xpath=..').locator(`li[role="option"][data-id="${id}"]`).dispatchEvent('mousedown');
}

/** Waits out the held-back answer, so that a page which would let it overwrite the newer one has done so. */
async function waitPastTheSlowAnswer(page: Page): Promise<void> {
  await page.waitForTimeout(SLOW_MILLIS + 500);
  await waitForIdle(page);
}

beforeAll(async () => {
  session = await startSettledExplorer();
}, 120_000);

afterEach(async () => {
  await session.page.unroute('**/graphql');
});

afterAll(async () => {
  await session?.close();
});

describe('a panel shows the answer to the latest request only', () => {
  it('shows Canada’s roles, not the project’s, when the project’s table answers after Canada’s', async () => {
    const { page } = session;
    const network = await holdBackFirst(page, (body) => body.query.includes('partnerRoles') && body.variables.projectId === PROJECT);
    await tapNode(page, CANADA);
    // The first showing of the tab asks for the project's table; the button asks for Canada's right after.
    await page.locator('#panel-details .actions button', { hasText: 'Roles' }).click();
    await waitPastTheSlowAnswer(page);
    expect(network.held()).toBe(1);

    const expected = await apiRoles(CANADA);
    expect(expected.length).toBeGreaterThan(0);
    expect(await page.locator(`${ROLES} .roles-summary`).innerText()).toBe(`${expected.length} of ${expected.length} roles for Canada.`);
    expect(await page.locator(`${ROLES} .roles-table tbody tr[data-key]`).count()).toBe(expected.length);
    const actors = await page.locator(`${ROLES} .roles-table tbody tr[data-key] td:first-child`).allInnerTexts();
    expect(new Set(actors.map((actor) => actor.trim()))).toEqual(new Set(['Canada']));

    // The CSV holds the rows shown: Canada's.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`${ROLES} button:has-text("Export CSV")`)]);
    const path = join(ARTIFACTS, 'latest-request-roles.csv');
    await download.saveAs(path);
    const [header, ...records] = parseCsv(readFileSync(path, 'utf8'));
    const actorId = header!.indexOf('actorId');
    expect(records.map((record) => record[actorId])).toEqual(expected.map(() => CANADA));
  });

  it('shows UNODC’s roles when Canada’s answer comes after UNODC was asked for', async () => {
    const { page } = session;
    await holdBackFirst(page, (body) => body.query.includes('partnerRoles') && body.variables.actorId === CANADA);
    await page.click('#tab-details');
    await tapNode(page, CANADA);
    await page.locator('#panel-details .actions button', { hasText: 'Roles' }).click();
    await page.click('#tab-details');
    await tapNode(page, UNODC);
    await page.locator('#panel-details .actions button', { hasText: 'Roles' }).click();
    await waitPastTheSlowAnswer(page);

    const expected = await apiRoles(UNODC);
    expect(await page.locator(`${ROLES} .roles-summary`).innerText()).toMatch(new RegExp(`^${expected.length} of ${expected.length} roles for United Nations Office on Drugs and Crime`));
    const actors = await page.locator(`${ROLES} .roles-table tbody tr[data-key] td:first-child`).allInnerTexts();
    expect(actors.length).toBe(expected.length);
    expect(actors.map((actor) => actor.trim())).not.toContain('Canada');
  });

  it('lists the paths of the second pair asked for when the first pair’s answer comes later', async () => {
    const { page } = session;
    await holdBackFirst(page, (body) => body.query.includes('paths(') && body.variables.fromId === CANADA);
    await page.click('#tab-paths');
    await choose(page, 'From', 'Canada', CANADA);
    await choose(page, 'To', 'SCO RATS', 'org:sco-rats');
    await page.click('#panel-paths button[type="submit"]');
    await choose(page, 'From', 'UNODC', UNODC);
    await page.click('#panel-paths button[type="submit"]');
    await waitPastTheSlowAnswer(page);
    const sentences = await page.locator('#panel-paths .path-sentence').allInnerTexts();
    expect(sentences.length).toBeGreaterThan(0);
    for (const sentence of sentences) {
      expect(sentence).toMatch(/^\s*United Nations Office on Drugs and Crime/);
      expect(sentence).toMatch(/SCO RATS\s*$/);
    }
  });

  it('shows the details of the node selected last when the details of the one before come later', async () => {
    const { page } = session;
    await holdBackFirst(page, (body) => body.query.includes('EntityDetails') && body.variables.id === 'org:interpol');
    await page.click('#tab-details');
    await tapNode(page, 'org:interpol');
    await tapNode(page, 'state:RUS');
    await waitPastTheSlowAnswer(page);
    expect(await page.locator('#panel-details h2').first().innerText()).toMatch(/Russian Federation/);
    expect(await page.locator('#panel-details .details-body').count()).toBe(1);
  });

  it('logged no errors in the browser console', () => {
    expect(session.consoleErrors).toEqual([]);
  });
});
