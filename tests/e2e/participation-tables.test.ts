import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { referenceDataDir } from '../../seed/reference/index.js';
import { ARTIFACTS } from '../support/browser.js';
import { axeProblems } from './axe.js';
import { parseCsv } from '../support/csv.js';
import { type ExplorerSession, screenshot, startSettledExplorer, tapNode, waitForIdle } from './explorer-harness.js';

/**
 * Point 4 and 5 of issue 13 on the wider nexus (curated graph + every reference dataset): the
 * participation matrix (Central Asia × treaties, its CSV, its cells' records) and the sanctions
 * entries panel, checked against the API and the reference files themselves.
 */
let session: ExplorerSession;
const MATRIX = '#panel-matrix';
const SANCTIONS = '#panel-sanctions';
const ATT = 'instrument:arms-trade-treaty';
const UNTOC = 'instrument:untoc';
const CENTRAL_ASIA = ['state:KAZ', 'state:KGZ', 'state:TJK', 'state:TKM', 'state:UZB'];

interface ApiParticipation {
  state: { id: string; name: string };
  status: string;
  consentType: string | null;
  consentDate: string | null;
  signatureDate: string | null;
  relation: { id: string; statements: { locator: string; file: string | null; line: number | null }[] } | null;
}

async function api<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${session.server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

async function participation(instrumentId: string, asOf: string | null = null): Promise<ApiParticipation[]> {
  const data = await api<{ treatyParticipation: { nodes: ApiParticipation[] } }>(
    `query ($instrumentId: ID!, $asOf: String) { treatyParticipation(instrumentId: $instrumentId, regionId: "place:central-asia", asOf: $asOf, first: 100) {
      nodes { state { id name } status consentType consentDate signatureDate relation { id statements { locator file line } } } } }`,
    { instrumentId, asOf },
  );
  return data.treatyParticipation.nodes;
}

/** The column index of an instrument in the drawn matrix (its header button's data-sort). */
async function columnIndex(page: Page, instrumentId: string): Promise<number> {
  const ids = await page.locator(`${MATRIX} thead button[data-sort]`).evaluateAll((buttons) => buttons.map((button) => (button as HTMLElement).dataset.sort));
  return ids.indexOf(instrumentId) - 1;
}

function cell(page: Page, stateId: string, column: number) {
  return page.locator(`${MATRIX} tr[data-state="${stateId}"] td[data-column="${column}"]`);
}

beforeAll(async () => {
  session = await startSettledExplorer('/', { neo4jUri: inject('referenceNeo4jUri') });
}, 180_000);

afterAll(async () => {
  await session?.close();
});

describe('a coordinator’s matrix of Central Asia against the treaties', () => {
  it('opens on Central Asia × treaties, each Arms Trade Treaty cell as the API says it', async () => {
    const { page } = session;
    await page.click('#tab-matrix');
    await page.locator(`${MATRIX} .matrix-table td`).first().waitFor({ timeout: 60_000 });
    expect(await page.locator(`${MATRIX} .matrix-summary`).innerText()).toMatch(/^Central Asia: 5 states × 14 treaties/);
    expect(await page.locator(`${MATRIX} tbody tr`).evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.state).sort())).toEqual(CENTRAL_ASIA);
    const att = await columnIndex(page, ATT);
    expect(att).toBeGreaterThanOrEqual(0);
    for (const row of await participation(ATT)) {
      const shown = cell(page, row.state.id, att);
      const status = row.status.toLowerCase().replace('_', '-');
      expect(await shown.getAttribute('class')).toContain(`cell-${status}`);
    }
    // Kazakhstan acceded on 8 December 2017, as the treaty file has it.
    const kazakhstan = cell(page, 'state:KAZ', att);
    expect(await kazakhstan.innerText()).toMatch(/Party\s*accession · 8 Dec 2017/);
    expect(await kazakhstan.getAttribute('aria-label')).toBe('Kazakhstan is a party to Arms Trade Treaty as of 3 Feb 2026: accession on 8 Dec 2017.');
    // Every column has a header cell scoped to it, every row a header scoped to the row.
    expect(await page.locator(`${MATRIX} thead th[scope="col"]`).count()).toBe(15);
    expect(await page.locator(`${MATRIX} tbody th[scope="row"]`).count()).toBe(5);
    await screenshot(page, 'matrix-central-asia');
  });

  it('shows UNTOC as “no data”, visibly unlike the “none” of a treaty a state has not joined', async () => {
    const { page } = session;
    const untoc = await columnIndex(page, UNTOC);
    const att = await columnIndex(page, ATT);
    expect((await participation(UNTOC)).map((row) => row.status)).toEqual(['NO_DATA', 'NO_DATA', 'NO_DATA', 'NO_DATA', 'NO_DATA']);
    for (const state of CENTRAL_ASIA) {
      expect(await cell(page, state, untoc).getAttribute('class')).toContain('cell-no-data');
      expect(await cell(page, state, untoc).innerText()).toBe('No data');
    }
    const none = (await participation(ATT)).find((row) => row.status === 'NONE')!;
    const noneCell = cell(page, none.state.id, att);
    expect(await noneCell.innerText()).toBe('— none');
    const look = (locator: ReturnType<typeof cell>) => locator.evaluate((element) => ({ image: getComputedStyle(element).backgroundImage, colour: getComputedStyle(element).backgroundColor }));
    const noData = await look(cell(page, none.state.id, untoc));
    const plain = await look(noneCell);
    expect(noData.image).toContain('repeating-linear-gradient');
    expect(plain.image).toBe('none');
    expect(noData.colour).not.toBe(plain.colour);
  });

  it('opens a cell’s evidence: the treaty file’s record, verbatim, with its locator', async () => {
    const { page } = session;
    const kazakhstan = (await participation(ATT)).find((row) => row.state.id === 'state:KAZ')!;
    const statement = kazakhstan.relation!.statements[0]!;
    await cell(page, 'state:KAZ', await columnIndex(page, ATT)).click();
    const record = page.locator(`${MATRIX} .matrix-evidence .statement[data-locator="${statement.locator}"]`);
    await record.waitFor();
    const raw = readFileSync(join(referenceDataDir(), statement.file!), 'utf8').split('\n')[statement.line! - 1]!.replace(/\r$/, '');
    expect(await record.locator('pre.raw-record').textContent()).toBe(raw);
    expect(await record.locator('.locator').innerText()).toContain(statement.locator);
    expect(await page.locator(`${MATRIX} .matrix-evidence h3`).textContent()).toBe('Kazakhstan · Arms Trade Treaty');
    await screenshot(page, 'matrix-evidence');
    // From the record to the graph: the relation is selected there.
    await page.click(`${MATRIX} .matrix-evidence button:text-is("Show in the graph")`);
    await page.waitForFunction((id) => window.cy.getElementById(id).selected(), kazakhstan.relation!.id);
  });

  it('is reached and read with the keyboard: one tab stop, arrow keys between cells, Enter opens one', async () => {
    const { page } = session;
    await page.locator(`${MATRIX} td[tabindex="0"]`).focus();
    const focused = () => page.evaluate(() => ({ row: (document.activeElement as HTMLElement).dataset.row, column: (document.activeElement as HTMLElement).dataset.column }));
    expect(await page.locator(`${MATRIX} td[tabindex="0"]`).count()).toBe(1);
    const start = await focused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toEqual({ row: String(Number(start.row) + 1), column: String(Number(start.column) + 1) });
    await page.keyboard.press('Home');
    expect((await focused()).column).toBe('0');
    await page.keyboard.press('Enter');
    const state = await page.evaluate(() => document.activeElement!.closest('tr')!.dataset.state!);
    const name = await page.locator(`${MATRIX} tr[data-state="${state}"] th`).innerText();
    await page.locator(`${MATRIX} .matrix-evidence h3`, { hasText: name }).waitFor();
  });

  it('sorts by a treaty column: parties first, by consent date', async () => {
    const { page } = session;
    await page.click(`${MATRIX} thead button[data-sort="${ATT}"]`);
    expect(await page.getAttribute(`${MATRIX} thead th:has(button[data-sort="${ATT}"])`, 'aria-sort')).toBe('ascending');
    const order = await page.locator(`${MATRIX} tbody tr`).evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.state));
    const rank = { PARTY: 0, SIGNATORY: 1, NONE: 3, NO_DATA: 4 } as Record<string, number>;
    const expected = (await participation(ATT))
      .sort((a, b) => rank[a.status]! - rank[b.status]! || (a.consentDate ?? a.signatureDate ?? '~').localeCompare(b.consentDate ?? b.signatureDate ?? '~') || a.state.name.localeCompare(b.state.name))
      .map((row) => row.state.id);
    expect(order).toEqual(expected);
  });

  it('exports the matrix as CSV: one line per state and treaty, with status, type, date and the dataset record', async () => {
    const { page } = session;
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`${MATRIX} button:text-is("Export CSV")`)]);
    expect(download.suggestedFilename()).toBe('matrix-central-asia-instruments.csv');
    const file = join(ARTIFACTS, 'matrix-central-asia.csv');
    await download.saveAs(file);
    const [header, ...lines] = parseCsv(readFileSync(file, 'utf8'));
    expect(header).toEqual(['stateId', 'state', 'columnId', 'column', 'status', 'lastKnown', 'type', 'date', 'years', 'certain', 'asOf', 'relationId', 'datasets', 'locators']);
    expect(lines).toHaveLength(5 * 14);
    const field = (line: string[], name: string) => line[header!.indexOf(name)]!;
    for (const instrument of [ATT, UNTOC, 'instrument:cwc']) {
      for (const row of await participation(instrument)) {
        const line = lines.find((candidate) => field(candidate, 'stateId') === row.state.id && field(candidate, 'columnId') === instrument)!;
        expect(field(line, 'status')).toBe(row.status);
        expect(field(line, 'type')).toBe(row.consentType ?? '');
        expect(field(line, 'date')).toBe(row.consentDate ?? (row.status === 'SIGNATORY' ? row.signatureDate : null) ?? '');
        expect(field(line, 'relationId')).toBe(row.relation?.id ?? '');
        expect(field(line, 'locators')).toBe((row.relation?.statements ?? []).map((statement) => statement.locator).join('; '));
      }
    }
  });

  it('asks again as of a date: in 2016 Kazakhstan had not yet joined the Arms Trade Treaty', async () => {
    const { page } = session;
    await page.fill('#matrix-as-of', '2016');
    await page.click(`${MATRIX} button:text-is("Show")`);
    await page.locator(`${MATRIX} .matrix-summary`, { hasText: 'as of 2016' }).waitFor({ timeout: 60_000 });
    const att = await columnIndex(page, ATT);
    for (const row of await participation(ATT, '2016')) {
      expect(await cell(page, row.state.id, att).getAttribute('class')).toContain(`cell-${row.status.toLowerCase().replace('_', '-')}`);
    }
    expect(await cell(page, 'state:KAZ', att).getAttribute('class')).toContain('cell-none');
    expect(await axeProblems(page, 'matrix')).toEqual([]);
    await page.fill('#matrix-as-of', '');
  });

  it('draws the donors of the project, found in the graph, against the organisations', { timeout: 240_000 }, async () => {
    const { page } = session;
    const donors = await api<{ partnerRoles: { nodes: { actor: { id: string; kind: string } }[] } }>('{ partnerRoles(projectId: "project:terrorism-arms-crime-nexus", roles: [DONOR], first: 100) { nodes { actor { id kind } } } }', {});
    const states = [...new Set(donors.partnerRoles.nodes.filter((node) => node.actor.kind === 'STATE').map((node) => node.actor.id))].sort();
    await page.selectOption('#matrix-axis', 'organizations');
    await page.selectOption('#matrix-states', 'donors');
    // The organisations with membership data are found among all of the graph's, a page at a time: slow on a loaded machine.
    await page.locator(`${MATRIX} .matrix-summary`, { hasText: 'organisations' }).waitFor({ timeout: 150_000 });
    expect(await page.locator(`${MATRIX} tbody tr`).evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.state).sort())).toEqual(states);
    expect(await page.locator(`${MATRIX} .matrix-summary`).innerText()).toMatch(/^The project’s donors: \d+ states × \d+ organisations/);
    // Russia in the CIS: a member, with its years.
    const cis = await columnIndex(page, 'org:cis');
    expect(await cell(page, 'state:RUS', cis).innerText()).toMatch(/Member\s*full 1991–2014/);
    await screenshot(page, 'matrix-donors-organisations');
  });
});

describe('an analyst reads the sanctions entries', () => {
  it('sees a delisted entry of the Al-Qaida list as delisted, with the window between the snapshots', async () => {
    const { page } = session;
    await page.click('#tab-sanctions');
    await page.locator(`${SANCTIONS} .sanctions-table tbody tr`).first().waitFor({ timeout: 60_000 });
    expect(await page.locator(`${SANCTIONS} .sanctions-summary`).innerText()).toMatch(/^50 of \d+ entries under UN Security Council sanctions list: Al-Qaida\.$/);
    await page.selectOption('#sanctions-status', 'delisted');
    await page.locator(`${SANCTIONS} .sanctions-summary`, { hasText: 'delisted entries' }).waitFor();
    const entry = page.locator(`${SANCTIONS} tr[data-key="LISTED_UNDER:org:un-qde-102->instrument:unsc-sanctions-al-qaida#unsc:QDe.102:listing"]`);
    expect(await entry.getAttribute('data-status')).toBe('delisted');
    expect(await entry.locator('.listing-status').innerText()).toMatch(/Delisted\s*between 3 Jul 2017 and 26 Sep 2024/);
    expect(await entry.locator('td code').innerText()).toBe('QDe.102');
    // Its name in Arabic script, drawn right to left; its other names with the weak ones marked, as the API gives them.
    const { entity } = await api<{ entity: { name: string; names: { name: string; quality: string; originalScript: boolean }[] } }>('{ entity(id: "org:un-qde-102") { name names { name quality originalScript } } }', {});
    const arabic = entry.locator('.script-names li');
    expect(await arabic.allTextContents()).toEqual(entity.names.filter((name) => name.originalScript).map((name) => name.name));
    expect(await arabic.first().getAttribute('dir')).toBe('rtl');
    expect(await page.locator(`${SANCTIONS} tbody tr[data-status="current"]`).count()).toBe(0);
    await entry.locator('details summary').click();
    const weak = entity.names.filter((name) => name.quality === 'WEAK' && !name.originalScript && name.name !== entity.name).map((name) => `${name.name}weak`);
    expect(await entry.locator('.sanctions-aliases .weak-name').allTextContents()).toEqual(weak);
    await screenshot(page, 'sanctions-delisted');
    expect(await axeProblems(page, 'sanctions')).toEqual([]);
  });

  it('opens a listed name in the graph', async () => {
    const { page } = session;
    await page.click(`${SANCTIONS} tr[data-status="delisted"] button[data-entity="org:un-qde-102"]`);
    await page.waitForFunction(() => window.cy.getElementById('org:un-qde-102').selected());
  });

  it('opens from a state’s details: Tajikistan’s listed nationals', async () => {
    const { page } = session;
    const nationals = await api<{ sanctionsEntries: { totalCount: number; nodes: { referenceNumber: string }[] } }>('{ sanctionsEntries(nationalityId: "state:TJK", first: 50) { totalCount nodes { referenceNumber } } }', {});
    expect(nationals.sanctionsEntries.totalCount).toBeGreaterThan(0);
    expect(await page.evaluate(() => window.cy.getElementById('state:TJK').length)).toBe(1);
    await page.selectOption('#sanctions-status', 'all');
    await page.click('#tab-details');
    await tapNode(page, 'state:TJK');
    await page.locator('#panel-details .details-header h2', { hasText: 'Tajikistan' }).waitFor();
    await page.click('#panel-details button:text-is("Sanctions entries")');
    await page.locator(`${SANCTIONS} .sanctions-summary`, { hasText: `of ${nationals.sanctionsEntries.totalCount} ` }).waitFor();
    expect(await page.locator(`${SANCTIONS} .sanctions-summary`).innerText()).toMatch(/naming Tajikistan as nationality\.$/);
    expect(await page.locator(`${SANCTIONS} tbody td code`).allInnerTexts()).toEqual(nationals.sanctionsEntries.nodes.map((node) => node.referenceNumber));
    await waitForIdle(page);
    expect(session.consoleErrors).toEqual([]);
  });

  it('keeps its subject in the shared link: the link brings Tajikistan’s listed nationals back', async () => {
    const { page } = session;
    await page.waitForFunction(() => new URL(location.href).searchParams.get('sanctions') === 'state:TJK', undefined, { timeout: 30_000 });
    const link = page.url();
    await page.goto('about:blank');
    await page.goto(link);
    await page.locator(`${SANCTIONS} .sanctions-summary`, { hasText: 'naming Tajikistan as nationality' }).waitFor({ timeout: 60_000 });
    expect(await page.locator('#tab-sanctions').getAttribute('aria-selected')).toBe('true');
    expect(await page.locator(`${SANCTIONS} .entity-search input`).inputValue()).toBe('Tajikistan');
    expect(new URL(page.url()).searchParams.get('sanctions')).toBe('state:TJK');
    await waitForIdle(page);
    expect(session.consoleErrors).toEqual([]);
  });
});
