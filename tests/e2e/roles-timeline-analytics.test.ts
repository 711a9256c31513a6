import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlEnumValue, PARTNER_ROLES } from '../../model/data-model.js';
import { ARTIFACTS } from '../support/browser.js';
import { type ExplorerSession, PROJECT, screenshot, startSettledExplorer, waitForIdle, waitForNodes } from './explorer-harness.js';
import { parseCsv } from '../support/csv.js';

let session: ExplorerSession;
const ROLES = '#panel-roles';
const COURSE = 'event:training-course-astana-2024';
const PRESENTATION = 'event:project-presentation-2020-02';

interface ApiRole {
  role: string;
  period: string | null;
  actor: { id: string; name: string };
  target: { id: string; name: string };
  evidence: unknown[];
  relation: { id: string; doubt?: string | null; conflict?: string | null };
}

/** The partner roles as the API gives them, each role in the model's spelling (`DONOR` → `donor`): what the table must show, row for row. */
async function apiRoles(variables: { projectId?: string; actorId?: string }): Promise<ApiRole[]> {
  const response = await fetch(`${session.server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'query ($projectId: ID, $actorId: ID) { partnerRoles(projectId: $projectId, actorId: $actorId, first: 100) { nodes { role period actor { id name } target { id name } evidence { quote } relation { id doubt conflict } } } }',
      variables,
    }),
  });
  const body = (await response.json()) as { data: { partnerRoles: { nodes: ApiRole[] } } };
  return body.data.partnerRoles.nodes.map((entry) => ({ ...entry, role: PARTNER_ROLES.find((role) => graphqlEnumValue(role) === entry.role) ?? entry.role }));
}

interface TableRow {
  actor: string;
  role: string;
  target: string;
  period: string;
  evidence: number;
}

async function tableRows(page: Page): Promise<TableRow[]> {
  return page.locator(`${ROLES} .roles-table tbody tr[data-key]`).evaluateAll((rows) =>
    rows.map((row) => {
      const cells = [...row.querySelectorAll('td')].map((cell) => cell.textContent!.trim());
      // The role cell may carry a "disputed" or "unclear" mark beside the role: the role is its own element.
      const role = row.querySelector('td:nth-child(2) .role')!.textContent!.trim();
      return { actor: cells[0]!, role, target: cells[2]!, period: cells[3]!, evidence: Number(cells[4]) };
    }),
  );
}

/** Horizontal extents of page parts, to check that none covers another and the table is not cut. */
async function extents(page: Page, selectors: string[]): Promise<Record<string, { left: number; right: number }>> {
  return page.evaluate((wanted) => Object.fromEntries(wanted.map((selector) => {
    const box = document.querySelector(selector)!.getBoundingClientRect();
    return [selector, { left: Math.round(box.left), right: Math.round(box.right) }];
  })), selectors);
}

const rowKey = (row: { actor: string; role: string; target: string; evidence: number }) => `${row.actor}|${row.role}|${row.target}|${row.evidence}`;
const apiKey = (role: ApiRole) => `${role.actor.name}|${role.role}|${role.target.name}|${role.evidence.length}`;

beforeAll(async () => {
  session = await startSettledExplorer();
}, 120_000);

afterAll(async () => {
  await session?.close();
});

describe('the partner roles table', () => {
  it('lists the project’s partner roles, actor × role × target with period and evidence count, as the API records them', async () => {
    const { page } = session;
    await page.click('#tab-roles');
    await page.locator(`${ROLES} .roles-table tbody tr[data-key]`).first().waitFor();
    const expected = await apiRoles({ projectId: PROJECT });
    expect(expected.length).toBeGreaterThan(10);
    const rows = await tableRows(page);
    expect(rows.map(rowKey).sort()).toEqual(expected.map(apiKey).sort());
    expect(await page.locator(`${ROLES} .roles-summary`).innerText()).toBe(`${expected.length} of ${expected.length} roles for ${expected.find((role) => role.target.id === PROJECT)!.target.name}.`);
    expect(rows).toContainEqual({ actor: 'Canada', role: 'donor', target: expect.stringMatching(/^Addressing/), period: 'from 2024', evidence: 1 });
    expect(rows).toContainEqual({ actor: 'Russian Federation', role: 'donor', target: expect.stringMatching(/^Addressing/), period: '2020 – 2021', evidence: 4 });
    // At 1280×720 the whole table is readable in the panel, and the graph does not cover the panel.
    const parts = await extents(page, ['#graph', '#timeline', '.side-panel', `${ROLES} .table-scroll`, `${ROLES} .roles-table`]);
    expect(parts['#graph']!.right).toBeLessThanOrEqual(parts['.side-panel']!.left);
    expect(parts['#timeline']!.right).toBeLessThanOrEqual(parts['.side-panel']!.left);
    expect(parts[`${ROLES} .roles-table`]!.right).toBeLessThanOrEqual(parts[`${ROLES} .table-scroll`]!.right);
    await screenshot(page, 'roles-table');
  });

  it('carries each role’s doubt and dispute under its row, as the details panel does', async () => {
    const { page } = session;
    const withNotes = (await apiRoles({ projectId: PROJECT })).filter((role) => role.relation.doubt || role.relation.conflict);
    expect(withNotes.length).toBeGreaterThan(0);
    for (const role of withNotes) {
      const key = `${role.actor.id}|${role.role}|${role.target.id}`;
      const note = page.locator(`${ROLES} tr.role-note[data-note-for="${key}"]`);
      expect(await note.innerText()).toContain((role.relation.doubt ?? role.relation.conflict)!.replace(/\s+/g, ' ').slice(0, 60));
      // The note follows its own row.
      expect(await note.evaluate((row) => (row.previousElementSibling as HTMLElement).dataset.key)).toBe(key);
    }
    const canada = page.locator(`${ROLES} tr[data-key="state:CAN|donor|${PROJECT}"]`);
    expect(await canada.locator('.badge-doubt').innerText()).toBe('unclear');
    expect(await page.locator(`${ROLES} tr.role-note[data-note-for="state:CAN|donor|${PROJECT}"]`).innerText()).toMatch(/only in reporting the March 2024 training course/);
  });

  it('sorts by a column when its header is clicked, ascending then descending, and says so with aria-sort', async () => {
    const { page } = session;
    const header = (column: string) => page.locator(`${ROLES} th`, { has: page.locator(`button[data-column="${column}"]`) });
    await header('actor').locator('button').click();
    expect(await header('actor').getAttribute('aria-sort')).toBe('ascending');
    expect(await header('role').getAttribute('aria-sort')).toBe('none');
    const actors = (await tableRows(page)).map((row) => row.actor);
    expect(actors).toEqual([...actors].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    await header('actor').locator('button').click();
    expect(await header('actor').getAttribute('aria-sort')).toBe('descending');
    const descending = (await tableRows(page)).map((row) => row.actor);
    expect(descending).toEqual([...actors].sort((a, b) => b.toLowerCase().localeCompare(a.toLowerCase())));
    expect(descending[0]).not.toBe(actors[0]);

    await header('evidence').locator('button').click();
    expect(await header('evidence').getAttribute('aria-sort')).toBe('ascending');
    expect(await header('actor').getAttribute('aria-sort')).toBe('none');
    const counts = (await tableRows(page)).map((row) => row.evidence);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(counts[0]).toBeLessThan(counts[counts.length - 1]!);
  });

  it('filters by text and by role', async () => {
    const { page } = session;
    const all = await apiRoles({ projectId: PROJECT });
    await page.fill('#roles-filter', 'Kazakhstan');
    const kazakh = await tableRows(page);
    expect(kazakh.length).toBeGreaterThan(0);
    expect(kazakh.length).toBeLessThan(all.length);
    expect(kazakh.map(rowKey).sort()).toEqual(all.filter((role) => `${role.actor.name} ${role.target.name}`.includes('Kazakhstan')).map(apiKey).sort());
    await page.fill('#roles-filter', '');
    await page.selectOption('#roles-role', 'donor');
    const donors = await tableRows(page);
    expect(donors.map(rowKey).sort()).toEqual(all.filter((role) => role.role === 'donor').map(apiKey).sort());
    expect(await page.locator(`${ROLES} .roles-summary`).innerText()).toMatch(new RegExp(`^${donors.length} of ${all.length} roles`));
  });

  it('exports the rows it shows as a CSV file', async () => {
    const { page } = session;
    const shown = await tableRows(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`${ROLES} button:text-is("Export CSV")`)]);
    expect(download.suggestedFilename()).toMatch(/^partner-roles-.*\.csv$/);
    const file = join(ARTIFACTS, 'partner-roles-donors.csv');
    await download.saveAs(file);
    const [header, ...records] = parseCsv(readFileSync(file, 'utf8'));
    expect(header).toEqual(['actorId', 'actor', 'role', 'targetId', 'target', 'period', 'evidenceCount', 'conflict', 'doubt']);
    const column = (name: string) => header!.indexOf(name);
    const exported = records.map((record) => ({
      actor: record[column('actor')]!,
      role: record[column('role')]!,
      target: record[column('target')]!,
      period: record[column('period')] || '—',
      evidence: Number(record[column('evidenceCount')]),
    }));
    expect(exported).toEqual(shown);
    expect(exported.every((row) => row.role === 'donor')).toBe(true);
    // Canada's funding is stated for one training course only: the spreadsheet says so too.
    const canada = records.find((record) => record[column('actorId')] === 'state:CAN' && record[column('targetId')] === PROJECT)!;
    expect(canada[column('doubt')]).toMatch(/only in reporting the March 2024 training course/);
    await page.selectOption('#roles-role', 'all');
  });

  it('highlights the chosen row’s link in the graph', async () => {
    const { page } = session;
    const canada = (await apiRoles({ projectId: PROJECT })).find((role) => role.actor.id === 'state:CAN' && role.target.id === PROJECT)!;
    await page.fill('#roles-filter', 'Canada');
    const row = page.locator(`${ROLES} .roles-table tbody tr[data-key]`, { hasText: 'Addressing' });
    await row.click();
    expect(await row.getAttribute('aria-selected')).toBe('true');
    await page.waitForFunction((id) => window.cy.getElementById(id).hasClass('highlighted'), canada.relation.id, { polling: 50 });
    const marked = await page.evaluate(() => ({
      highlighted: window.cy.elements('.highlighted').map((element) => element.id()).sort(),
      restDimmed: window.cy.elements().filter((element) => !element.hasClass('highlighted')).map((element) => element.hasClass('dimmed')).every(Boolean),
      selected: window.cy.$(':selected').map((element) => element.id()),
    }));
    expect(marked.highlighted).toEqual([PROJECT, canada.relation.id, 'state:CAN'].sort());
    expect(marked.restDimmed).toBe(true);
    expect(marked.selected).toEqual([canada.relation.id]);
    // Both ends are brought into view.
    await waitForIdle(page);
    const inView = await page.evaluate((ids) => ids.every((id) => {
      const { x, y } = window.cy.getElementById(id).renderedPosition();
      return x > 0 && y > 0 && x < window.cy.width() && y < window.cy.height();
    }), ['state:CAN', PROJECT]);
    expect(inView).toBe(true);
    await screenshot(page, 'roles-row-highlighted');
    await page.fill('#roles-filter', '');
  });

  it('shows the roles of any actor: UNODC’s', async () => {
    const { page } = session;
    const field = page.locator(`${ROLES} .entity-search`);
    await field.locator('input').fill('UNODC');
    await field.locator('[role="option"][data-id="org:unodc"]').click();
    await page.locator(`${ROLES} .roles-summary`, { hasText: 'United Nations Office on Drugs and Crime' }).waitFor();
    const expected = await apiRoles({ actorId: 'org:unodc' });
    expect(expected.length).toBeGreaterThan(1);
    expect((await tableRows(page)).map(rowKey).sort()).toEqual(expected.map(apiKey).sort());
    expect(expected.every((role) => role.actor.id === 'org:unodc')).toBe(true);
  });
});

describe('the timeline', () => {
  const VIEW = [PROJECT, COURSE, PRESENTATION, 'state:CAN', 'state:RUS', 'org:unodc', 'org:undp', 'org:kaz-border-guards-service'];

  async function faded(page: Page): Promise<Record<string, boolean>> {
    return page.evaluate(() => Object.fromEntries(window.cy.elements().map((element) => [element.id(), element.hasClass('out-of-time')])));
  }

  async function edgeId(page: Page, type: string, from: string, to: string): Promise<string> {
    return page.evaluate(([relation, source, target]) => window.cy.edges(`[type = "${relation}"][source = "${source}"][target = "${target}"]`).map((edge) => edge.id())[0]!, [type, from, to] as const);
  }

  it('draws the dated events on a time axis, in date order', async () => {
    const { page } = session;
    await page.goto(`${session.server.url}/?nodes=${VIEW.join(',')}`);
    await waitForNodes(page, VIEW.length);
    await waitForIdle(page);
    await page.locator('#timeline .timeline-event').first().waitFor();
    const marks = await page.locator('#timeline .timeline-event').evaluateAll((groups) =>
      groups.map((group) => ({ id: group.getAttribute('data-id')!, x: Number(group.querySelector('rect')!.getAttribute('x')), inView: group.classList.contains('in-view') })),
    );
    const x = (id: string) => marks.find((mark) => mark.id === id)!.x;
    expect(marks.map((mark) => mark.id)).toEqual(expect.arrayContaining([COURSE, PRESENTATION]));
    expect(x(PRESENTATION)).toBeLessThan(x(COURSE));
    expect(marks.find((mark) => mark.id === COURSE)!.inView).toBe(true);
    await screenshot(page, 'timeline');
  });

  it('brushing a period with the mouse fades what lies outside it; Clear restores', async () => {
    const { page } = session;
    const course = page.locator(`#timeline .timeline-event[data-id="${COURSE}"] rect`);
    const box = (await course.boundingBox())!;
    const axis = (await page.locator('#timeline .timeline-svg').boundingBox())!;
    // Drag on the axis (below the event marks) from a little before the course to a little after it.
    const y = axis.y + axis.height - 12;
    await page.mouse.move(box.x - 25, y);
    await page.mouse.down();
    await page.mouse.move(box.x, y, { steps: 4 });
    await page.mouse.move(box.x + box.width + 25, y, { steps: 4 });
    await page.mouse.up();
    await page.waitForFunction(() => new URL(location.href).searchParams.has('from'), undefined, { polling: 50 });
    const range = Object.fromEntries(new URL(page.url()).searchParams);
    expect(range.from! <= '2024-03').toBe(true);
    expect(range.to! >= '2024-03').toBe(true);
    expect(range.from! > '2021').toBe(true);
    const state = await faded(page);
    expect(state[COURSE]).toBe(false);
    expect(state[PRESENTATION]).toBe(true);
    expect(state[await edgeId(page, 'FUNDS', 'state:RUS', PROJECT)]).toBe(true);
    expect(state[await edgeId(page, 'FUNDS', 'state:CAN', PROJECT)]).toBe(false);
    // Undated actors are never faded: nothing says when they were.
    expect(state['org:unodc']).toBe(false);
    // The project began in 2020 and has no recorded end: it still runs in 2024.
    expect(state[PROJECT]).toBe(false);
    expect(await page.locator(`#timeline .timeline-event[data-id="${PRESENTATION}"]`).getAttribute('class')).toContain('faded');
    expect(await page.locator('#timeline .timeline-brush').count()).toBe(1);
    await screenshot(page, 'timeline-brushed');

    await page.click('#timeline button:text-is("Clear")');
    await page.waitForFunction(() => window.cy.elements('.out-of-time').length === 0, undefined, { polling: 50 });
    expect(new URL(page.url()).searchParams.has('from')).toBe(false);
    expect(await page.locator('#timeline .timeline-brush').count()).toBe(0);
  });

  it('chooses a period with the From and To fields too', async () => {
    const { page } = session;
    await page.fill('#timeline-from', '2020-01');
    await page.fill('#timeline-to', '2020-12');
    await page.waitForFunction(() => window.cy.elements('.out-of-time').length > 0, undefined, { polling: 50 });
    const state = await faded(page);
    expect(state[PRESENTATION]).toBe(false);
    expect(state[COURSE]).toBe(true);
    expect(state[await edgeId(page, 'FUNDS', 'state:RUS', PROJECT)]).toBe(false);
    expect(state[await edgeId(page, 'FUNDS', 'state:CAN', PROJECT)]).toBe(true);
    expect(state[PROJECT]).toBe(false);
    expect(await page.locator('#timeline .timeline-message').innerText()).toContain('Jan 2020 – Dec 2020');

    // Before the project began, everything dated is faded, the project too.
    await page.fill('#timeline-from', '2018-01');
    await page.fill('#timeline-to', '2019-06');
    await page.waitForFunction((project) => window.cy.getElementById(project).hasClass('out-of-time'), PROJECT, { polling: 50 });
    const before = await faded(page);
    expect([PRESENTATION, COURSE].every((id) => before[id])).toBe(true);
    expect(before['org:unodc']).toBe(false);
    await page.click('#timeline button:text-is("Clear")');
    await page.waitForFunction(() => window.cy.elements('.out-of-time').length === 0, undefined, { polling: 50 });
    expect(await page.inputValue('#timeline-from')).toBe('');
  });
});

describe('centrality', () => {
  async function sizesAndScores(page: Page, mode: 'degree' | 'betweenness'): Promise<{ id: string; size: number; score: number }[]> {
    return page.evaluate((by) => {
      const cy = window.cy;
      const betweenness = cy.elements().betweennessCentrality({ directed: false });
      return cy.nodes().map((node) => ({ id: node.id(), size: node.data('size') as number, score: by === 'degree' ? node.degree(false) : betweenness.betweenness(node) }));
    }, mode);
  }

  for (const mode of ['degree', 'betweenness'] as const) {
    it(`sizes nodes by ${mode}: the most central node is the largest, and a more central node is never smaller`, async () => {
      const { page } = session;
      await page.selectOption('#size-select', mode);
      await page.waitForFunction((name) => new URL(location.href).searchParams.get('size') === name, mode, { polling: 50 });
      await page.waitForFunction(() => new Set(window.cy.nodes().map((node) => node.data('size'))).size > 1, undefined, { polling: 50 });
      const nodes = await sizesAndScores(page, mode);
      const top = Math.max(...nodes.map((node) => node.score));
      const largest = Math.max(...nodes.map((node) => node.size));
      expect(nodes.filter((node) => node.score === top).every((node) => node.size === largest)).toBe(true);
      const inversions = nodes.filter((a) => nodes.some((b) => a.score > b.score && a.size <= b.size));
      expect(inversions).toEqual([]);
      // The drawn width follows the size.
      const drawn = await page.evaluate(() => window.cy.nodes().map((node) => ({ size: node.data('size') as number, width: node.width() })));
      expect(drawn.every(({ size, width }) => Math.abs(size - width) < 0.5)).toBe(true);
      await screenshot(page, `size-by-${mode}`);
    });
  }

  it('logged no errors in the browser console', () => {
    expect(session.consoleErrors).toEqual([]);
  });
});
