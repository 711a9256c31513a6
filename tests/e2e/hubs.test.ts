import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeProblems } from './axe.js';
import { type ExplorerSession, nodeIds, screenshot, selectedIds, startExplorer, tapNode, waitForIdle } from './explorer-harness.js';

/**
 * Hubs of the wider nexus open as group nodes (one per relation type, direction and kind, with
 * its count), and the reader picks members from a group's list; the search groups its many
 * suggestions by kind. Against the real server on the curated + reference graph.
 */
const AL_QAIDA = 'instrument:unsc-sanctions-al-qaida';
const PEOPLE = `group:LISTED_UNDER~in~Person~${AL_QAIDA}`;
const ORGANISATIONS = `group:LISTED_UNDER~in~Organization~${AL_QAIDA}`;
const DETAILS = '#panel-details';
const SEARCH = '.main-search input';
const HUB_VIEW = `/?nodes=${AL_QAIDA}&select=${AL_QAIDA}`;

let session: ExplorerSession;

interface Listing {
  id: string;
  kind: string;
  startDate: string | null;
}

/** The regime's listings as the API pages them (the test's own account, to compare the explorer with). */
async function listings(): Promise<{ totalCount: number; listed: Listing[] }> {
  const listed: Listing[] = [];
  let after: string | null = null;
  let totalCount = 0;
  do {
    const response: Response = await fetch(`${session.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `query ($id: ID!, $after: String) { entity(id: $id) { relations(types: [LISTED_UNDER], direction: INCOMING, first: 100, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } edges { node { startDate } neighbour { id kind } } } } }`,
        variables: { id: AL_QAIDA, after },
      }),
    });
    const relations: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { startDate: string | null }; neighbour: { id: string; kind: string } }[] } = (
      (await response.json()) as { data: { entity: { relations: never } } }
    ).data.entity.relations;
    totalCount = relations.totalCount;
    listed.push(...relations.edges.map((edge) => ({ id: edge.neighbour.id, kind: edge.neighbour.kind, startDate: edge.node.startDate })));
    after = relations.pageInfo.hasNextPage ? relations.pageInfo.endCursor : null;
  } while (after);
  return { totalCount, listed };
}

function groupLabels(): Promise<Record<string, string>> {
  return session.page.evaluate(() => Object.fromEntries(window.cy.nodes('.hub-group').map((node) => [node.id(), node.data('label') as string])));
}

beforeAll(async () => {
  session = await startExplorer(HUB_VIEW, { neo4jUri: inject('referenceNeo4jUri') });
  // The hub's first read plans its queries: on a loaded machine that alone can take half a minute.
  await session.page.waitForFunction((id) => window.cy?.getElementById(id).nonempty(), AL_QAIDA, { timeout: 120_000, polling: 100 });
  await waitForIdle(session.page);
}, 180_000);

afterAll(async () => {
  await session?.close();
});

describe('a reader expands a sanctions regime of some 380 listings', () => {
  it('sees one group node per kind of listed party, with the API’s counts, instead of 380 nodes', async () => {
    const { page } = session;
    const { totalCount, listed } = await listings();
    expect(totalCount).toBeGreaterThan(300);
    expect(await page.inputValue('#hub-threshold')).toBe('40');
    await page.focus('#graph');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.cy.nodes('.hub-group').length === 2, undefined, { timeout: 60_000 });
    await waitForIdle(page);
    const people = listed.filter((entry) => entry.kind === 'PERSON').length;
    const organisations = listed.filter((entry) => entry.kind === 'ORGANIZATION').length;
    expect(people + organisations).toBe(totalCount);
    expect(await groupLabels()).toEqual({ [PEOPLE]: `${people} people · listed under`, [ORGANISATIONS]: `${organisations} organisations · listed under` });
    // The regime's one curated link (the Security Council adopted it) comes in directly; no listed party does.
    const ids = await nodeIds(page);
    expect(ids.filter((id) => !id.startsWith('group:'))).toEqual([AL_QAIDA, 'org:un-security-council'].sort());
    // A group is drawn apart: a dashed box, linked to its hub.
    expect(await page.evaluate((id) => window.cy.getElementById(id).style('border-style'), PEOPLE)).toBe('dashed');
    expect(await page.evaluate((id) => window.cy.getElementById(id).connectedEdges().map((edge) => edge.target().id()), PEOPLE)).toEqual([AL_QAIDA]);
    expect(new URL(page.url()).searchParams.get('groups')?.split(',').sort()).toEqual([ORGANISATIONS, PEOPLE].sort());
    await screenshot(page, 'hubs-groups');
  });

  it('opens a group as a sortable, paged table of its members', async () => {
    const { page } = session;
    await tapNode(page, PEOPLE);
    const list = page.locator(`${DETAILS} .group-list`);
    await list.waitFor();
    const { listed } = await listings();
    const people = listed.filter((entry) => entry.kind === 'PERSON');
    await page.locator(`${DETAILS} .group-status`, { hasText: `${people.length} members` }).waitFor({ timeout: 60_000 });
    expect(await list.locator('h2').innerText()).toBe(`${people.length} people · listed under`);
    expect(await list.locator('tbody tr').count()).toBe(50);
    expect(await list.locator('.group-pager').innerText()).toContain(`Rows 1–50 of ${people.length}`);
    const dateHeader = list.locator('th', { has: page.locator('.sort-button[data-column="date"]') });
    await list.locator('.sort-button[data-column="date"]').click();
    expect(await dateHeader.getAttribute('aria-sort')).toBe('ascending');
    const firstDate = await list.locator('tbody tr:first-child td.period').innerText();
    const earliest = people.map((entry) => entry.startDate).filter((date): date is string => !!date).sort()[0];
    expect(firstDate).toBe(earliest);
    await list.locator('.page-next').click();
    expect(await list.locator('.group-pager').innerText()).toContain(`Rows 51–100 of ${people.length}`);
    expect(await axeProblems(page, 'group list')).toEqual([]);
    await screenshot(page, 'hubs-group-list');
  });

  it('filters the members by listing date, adds those that match, and one undo takes them back', async () => {
    const { page } = session;
    const list = page.locator(`${DETAILS} .group-list`);
    const { listed } = await listings();
    const matching = listed.filter((entry) => entry.kind === 'PERSON' && entry.startDate?.startsWith('2011')).map((entry) => entry.id);
    expect(matching.length).toBeGreaterThan(2);
    expect(matching.length).toBeLessThan(50);
    await list.locator('.group-filter-from').fill('2011');
    await list.locator('.group-filter-to').fill('2011');
    expect(await list.locator('.add-matching').innerText()).toBe(`Add matching (${matching.length})`);
    const before = await nodeIds(page);
    await list.locator('.add-matching').click();
    await page.waitForFunction((count) => window.cy.nodes().length === count, before.length + matching.length, { timeout: 60_000 });
    await waitForIdle(page);
    expect((await nodeIds(page)).filter((id) => !before.includes(id)).sort()).toEqual([...matching].sort());
    const people = listed.filter((entry) => entry.kind === 'PERSON').length;
    expect((await groupLabels())[PEOPLE]).toBe(`${people} people · listed under\n${matching.length} of ${people} shown`);
    await screenshot(page, 'hubs-added-matching');
    await page.click('#undo');
    await page.waitForFunction((count) => window.cy.nodes().length === count, before.length, { timeout: 30_000 });
    expect(await nodeIds(page)).toEqual(before);
    expect((await groupLabels())[PEOPLE]).toBe(`${people} people · listed under`);
    await page.click('#redo');
    await page.waitForFunction((count) => window.cy.nodes().length === count, before.length + matching.length, { timeout: 30_000 });
  });

  it('adds checked members, and a group shown in full goes', async () => {
    const { page } = session;
    await tapNode(page, ORGANISATIONS);
    const list = page.locator(`${DETAILS} .group-list[data-group="${ORGANISATIONS}"]`);
    await list.locator('.group-status', { hasText: 'members' }).waitFor({ timeout: 60_000 });
    await list.locator('tbody input[type="checkbox"]').nth(0).check();
    await list.locator('tbody input[type="checkbox"]').nth(1).check();
    expect(await list.locator('.add-checked').innerText()).toBe('Add checked (2)');
    const before = (await nodeIds(page)).length;
    await list.locator('.add-checked').click();
    await page.waitForFunction((count) => window.cy.nodes().length === count, before + 2, { timeout: 60_000 });
    await list.locator('.add-all').click();
    // The shared link follows the step once it is drawn.
    await page.waitForFunction((id) => new URL(location.href).searchParams.get('groups') === id, PEOPLE, { timeout: 60_000, polling: 50 });
    expect(await page.evaluate((id) => window.cy.getElementById(id).empty(), ORGANISATIONS)).toBe(true);
    // The group went with its last member in: the hub is selected instead.
    expect(await selectedIds(page)).toEqual([AL_QAIDA]);
    await page.click('#undo');
    await page.waitForFunction((id) => window.cy.getElementById(id).nonempty(), ORGANISATIONS, { timeout: 30_000 });
  });

  it('restores the groups from a shared link', async () => {
    const { page } = session;
    await page.goto(`${session.server.url}/?nodes=${AL_QAIDA}&groups=${PEOPLE}`);
    await page.waitForFunction((id) => window.cy?.getElementById(id).nonempty(), PEOPLE, { timeout: 60_000 });
    expect((await groupLabels())[PEOPLE]).toMatch(/^\d+ people · listed under$/);
    expect(await nodeIds(page)).toEqual([AL_QAIDA, PEOPLE].sort());
  });
});

describe('a coordinator adds the Arms Trade Treaty’s parties of one region', () => {
  const ATT = 'instrument:arms-trade-treaty';
  const PARTIES = `group:PARTY_TO~in~State~${ATT}`;
  const CENTRAL_ASIA = ['state:KAZ', 'state:KGZ', 'state:TJK', 'state:TKM', 'state:UZB'];

  it('filters the parties’ group to Central Asia and adds exactly the Central Asian parties', async () => {
    const { page } = session;
    const parties: string[] = [];
    let after: string | null = null;
    do {
      const response: Response = await fetch(`${session.server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `query ($after: String) { entity(id: "${ATT}") { relations(types: [PARTY_TO], direction: INCOMING, first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { neighbour { id } } } } }`,
          variables: { after },
        }),
      });
      const relations: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { neighbour: { id: string } }[] } = (
        (await response.json()) as { data: { entity: { relations: never } } }
      ).data.entity.relations;
      parties.push(...relations.edges.map((edge) => edge.neighbour.id));
      after = relations.pageInfo.hasNextPage ? relations.pageInfo.endCursor : null;
    } while (after);
    const centralAsian = parties.filter((id) => CENTRAL_ASIA.includes(id)).sort();
    expect(centralAsian.length).toBeGreaterThan(0);
    expect(centralAsian.length).toBeLessThan(CENTRAL_ASIA.length);

    await page.goto(`${session.server.url}/?nodes=${ATT}&groups=${PARTIES}`);
    await page.waitForFunction((id) => window.cy?.getElementById(id).nonempty(), PARTIES, { timeout: 60_000 });
    await waitForIdle(page);
    await tapNode(page, PARTIES);
    const list = page.locator(`${DETAILS} .group-list[data-group="${PARTIES}"]`);
    await list.locator('.group-status', { hasText: /^\d+ members/ }).waitFor({ timeout: 60_000 });
    await list.locator('.group-filter-region option[value="place:central-asia"]').waitFor({ state: 'attached', timeout: 60_000 });
    await list.locator('.group-filter-region').selectOption('place:central-asia');
    await list.locator('.group-status', { hasText: `${centralAsian.length} match the filter` }).waitFor({ timeout: 60_000 });
    expect(await list.locator('tbody tr').evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.id).sort())).toEqual(centralAsian);
    expect(await list.locator('.add-matching').innerText()).toBe(`Add matching (${centralAsian.length})`);
    const before = await nodeIds(page);
    await list.locator('.add-matching').click();
    await page.waitForFunction((count) => window.cy.nodes().length === count, before.length + centralAsian.length, { timeout: 60_000 });
    await waitForIdle(page);
    expect((await nodeIds(page)).filter((id) => !before.includes(id))).toEqual(centralAsian);
    expect(await axeProblems(page, 'group list with a region')).toEqual([]);
    await screenshot(page, 'hubs-region-filter');
  });

  it('shows no region filter on a group of people', async () => {
    const { page } = session;
    await page.goto(`${session.server.url}/?nodes=${AL_QAIDA}&groups=${PEOPLE}`);
    await page.waitForFunction((id) => window.cy?.getElementById(id).nonempty(), PEOPLE, { timeout: 60_000 });
    await tapNode(page, PEOPLE);
    await page.locator(`${DETAILS} .group-list[data-group="${PEOPLE}"] .group-filter-text`).waitFor();
    expect(await page.locator(`${DETAILS} .group-filter-region`).count()).toBe(0);
  });
});

describe('search over the wider name space', () => {
  it('groups many suggestions under a heading per kind, and the arrow keys go through them all', async () => {
    const { page } = session;
    await page.fill(SEARCH, 'United');
    await page.locator('.main-search [role="group"]').first().waitFor();
    const groups = await page.locator('.main-search [role="group"]').evaluateAll((items) =>
      items.map((item) => document.getElementById(item.getAttribute('aria-labelledby')!)?.textContent ?? ''),
    );
    expect(groups.length).toBeGreaterThan(1);
    expect(groups.every((heading) => /^(Organisations|States|Instruments|People|Projects|Events|Places) \(\d+\)$/.test(heading))).toBe(true);
    const options = await page.locator('.main-search [role="option"]').evaluateAll((items) => items.map((item) => item.id));
    expect(options.length).toBeGreaterThan(8);
    // The first is active; ArrowDown walks every option in the order drawn, across the headings, and wraps.
    expect(await page.getAttribute(SEARCH, 'aria-activedescendant')).toBe(options[0]);
    const firstGroupSize = await page.locator('.main-search [role="group"]').first().locator('[role="option"]').count();
    for (let press = 0; press < firstGroupSize; press++) await page.press(SEARCH, 'ArrowDown');
    const active = await page.getAttribute(SEARCH, 'aria-activedescendant');
    expect(active).toBe(options[firstGroupSize]);
    expect(await page.locator(`#${active}`).evaluate((option) => option.closest('[role="group"]') !== option.ownerDocument.querySelector('.main-search [role="group"]'))).toBe(true);
    expect(await page.locator('.main-search [role="option"][aria-selected="true"]').count()).toBe(1);
    await page.press(SEARCH, 'ArrowUp');
    expect(await page.getAttribute(SEARCH, 'aria-activedescendant')).toBe(options[firstGroupSize - 1]);
    expect(await axeProblems(page, 'grouped suggestions')).toEqual([]);
    await screenshot(page, 'hubs-search-grouped');
    const chosen = await page.locator(`#${options[firstGroupSize - 1]}`).getAttribute('data-id');
    await page.press(SEARCH, 'Enter');
    await page.waitForFunction((id) => window.cy.$(':selected').map((element) => element.id()).join() === id, chosen, { timeout: 60_000 });
  });

  it('says which weak alias matched', async () => {
    const { page } = session;
    await page.fill(SEARCH, 'India Queen');
    const option = page.locator('.main-search [role="option"][data-id="person:un-cdi-004"]');
    await option.waitFor();
    expect(await option.locator('.suggestion-name').innerText()).toBe('India Queen (weak alias) → INNOCENT KAINA');
    await page.press(SEARCH, 'Escape');
  });

  it('says which original-script name matched, right to left', async () => {
    const { page } = session;
    await page.fill(SEARCH, 'قصي صدام');
    const option = page.locator('.main-search [role="option"][data-id="person:un-iqi-002"]');
    await option.waitFor();
    expect(await option.locator('.suggestion-name').innerText()).toBe('قصي صدام حسين التكريتي → QUSAY SADDAM HUSSEIN AL-TIKRITI');
    expect(await option.locator('.suggestion-matched').getAttribute('dir')).toBe('rtl');
    await screenshot(page, 'hubs-search-arabic');
    await page.press(SEARCH, 'Escape');
  });

  it('logged no error in the page', () => {
    expect(session.consoleErrors).toEqual([]);
  });
});
