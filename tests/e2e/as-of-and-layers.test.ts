import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeProblems } from './axe.js';
import type { Page } from 'playwright-core';
import { type ExplorerSession, PROJECT, screenshot, startExplorer } from './explorer-harness.js';

/**
 * The graph as of a date, and the datasets as layers, on the wider nexus (the curated graph with
 * every reference dataset: inject('referenceNeo4jUri')).
 */
let session: ExplorerSession;
const ATT = 'instrument:arms-trade-treaty';
const KAZ_ATT = `PARTY_TO:state:KAZ->${ATT}#untc:att:KAZ`;
const DETAILS = '#panel-details';

interface ParticipationRow {
  state: { id: string };
  status: 'PARTY' | 'SIGNATORY' | 'NONE' | 'NO_DATA';
  consentDate: string | null;
}

async function graphql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${session.server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** Every row of the ATT's participation as of a date (null: the dataset's date), from the API. */
async function attParticipation(asOf: string | null): Promise<ParticipationRow[]> {
  const rows: ParticipationRow[] = [];
  let after: string | null = null;
  do {
    const data: { treatyParticipation: { nodes: ParticipationRow[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await graphql(
      'query ($id: ID!, $asOf: String, $after: String) { treatyParticipation(instrumentId: $id, asOf: $asOf, first: 100, after: $after) { nodes { state { id } status consentDate } pageInfo { hasNextPage endCursor } } }',
      { id: ATT, asOf, after },
    );
    rows.push(...data.treatyParticipation.nodes);
    after = data.treatyParticipation.pageInfo.hasNextPage ? data.treatyParticipation.pageInfo.endCursor : null;
  } while (after);
  return rows;
}

/** The states drawn as of a date: those the API says were parties then, or signatories whose only link is their signature. */
function drawnAsOf(rows: ParticipationRow[], among: string[]): string[] {
  return rows.filter((row) => among.includes(row.state.id) && (row.status === 'PARTY' || (row.status === 'SIGNATORY' && row.consentDate === null))).map((row) => row.state.id).sort();
}

function asOfInUrl(): Promise<string | null> {
  return session.page.evaluate(() => new URL(location.href).searchParams.get('asOf'));
}

/** Loading the ATT (a hub of ~140 states) and its states took minutes on the loaded shared machine: waits here are long. */
const LOADING = { polling: 100, timeout: 150_000 };

/** Waits until no request is loading and no layout is running (the status bar's busy state). */
async function waitForIdle(page: Page): Promise<void> {
  await page.waitForTimeout(50);
  await page.waitForFunction(() => !document.body.classList.contains('is-busy') && window.cy.nodes(':animated').length === 0 && !window.cy.animated(), undefined, LOADING);
}

async function waitForAsOf(value: string | null): Promise<void> {
  await session.page.waitForFunction((wanted) => new URL(location.href).searchParams.get('asOf') === wanted, value, { ...LOADING, polling: 50 });
  await waitForIdle(session.page);
}

/** A tap on the canvas's background, as a reader clears the selection. */
async function clearSelection(): Promise<void> {
  await session.page.evaluate(() => {
    window.cy.emit('tap');
  });
  await session.page.waitForFunction(() => window.cy.$(':selected').empty(), undefined, { polling: 50 });
}

function visibleStates(): Promise<string[]> {
  return session.page.evaluate(() => window.cy.nodes('[kind = "State"]:visible').map((node) => node.id()).sort());
}

const REFERENCE_LAYERS = ['dataset:country-codes', 'dataset:untc-arms-treaties', 'dataset:cow-igo', 'dataset:un-sc-consolidated'];

/**
 * A few actors of the first view, with its layers (the curated documents shown, the reference
 * datasets hidden: tests/e2e/reference-data.test.ts checks that the first view is so), rather than
 * the whole overview: on a loaded machine the overview's hubs take minutes to complete.
 */
beforeAll(async () => {
  session = await startExplorer(`/?nodes=${PROJECT},org:unodc,state:KAZ,${ATT}&hideDatasets=${REFERENCE_LAYERS.join(',')}`, { neo4jUri: inject('referenceNeo4jUri') });
  await session.page.waitForFunction(() => (window.cy?.nodes().length ?? 0) >= 4, undefined, LOADING);
  await waitForIdle(session.page);
}, 400_000);

afterAll(async () => {
  await session?.close();
});

describe('the datasets are layers, each with its own mark on the links', () => {
  it('shows the curated layer unmarked, the reference layers hidden as in the first view, each with a swatch', async () => {
    const { page } = session;
    const pressed = await page.locator('#legend button[data-dataset]').evaluateAll((buttons) => buttons.map((button) => [button.getAttribute('data-dataset'), button.getAttribute('aria-pressed'), button.querySelectorAll('svg.swatch').length]));
    expect(pressed).toEqual([
      ['dataset:curated', 'true', 1],
      ['dataset:country-codes', 'false', 1],
      ['dataset:untc-arms-treaties', 'false', 1],
      ['dataset:cow-igo', 'false', 1],
      ['dataset:un-sc-consolidated', 'false', 1],
      // Editors' accepted edits show in the first view, beside the curated documents.
      ['dataset:editors', 'true', 1],
    ]);
    // The reference swatches draw their mark; the curated one is a plain line.
    expect(await page.locator('#legend button[data-dataset="dataset:curated"] svg.swatch > *').count()).toBe(1);
    expect(await page.locator('#legend button[data-dataset="dataset:untc-arms-treaties"] svg.swatch > *').count()).toBeGreaterThan(1);
    const curatedMarks = await page.evaluate(() => window.cy.edges(':visible').map((edge) => `${edge.data('dataset')} ${edge.style('mid-target-arrow-shape')}`));
    expect(curatedMarks.length).toBeGreaterThanOrEqual(3);
    expect(new Set(curatedMarks)).toEqual(new Set(['dataset:curated none']));
  });

  it('shows the treaty layer one click away, its links marked with a diamond, and restores it from the shared link', async () => {
    const { page } = session;
    const treaties = page.locator('#legend button[data-dataset="dataset:untc-arms-treaties"]');
    expect(Number(await treaties.locator('.legend-count').innerText())).toBeGreaterThanOrEqual(1);
    await treaties.click();
    await page.waitForFunction((id) => window.cy.getElementById(id).visible(), KAZ_ATT);
    const mark = () => page.evaluate((id) => {
      const edge = window.cy.getElementById(id);
      return [edge.data('dataset'), edge.style('mid-target-arrow-shape'), edge.style('mid-target-arrow-color')];
    }, KAZ_ATT);
    expect(await mark()).toEqual(['dataset:untc-arms-treaties', 'diamond', 'rgb(136,34,85)']);
    const hidden = new URL(page.url()).searchParams.get('hideDatasets');
    expect(hidden).toBe('dataset:country-codes,dataset:cow-igo,dataset:un-sc-consolidated');
    await page.locator('#legend button[data-dataset="dataset:untc-arms-treaties"]').scrollIntoViewIfNeeded();
    await screenshot(page, 'layers-treaties-shown');
    // The shared link opens with the same layers.
    await page.goto(page.url());
    await page.waitForFunction((id) => window.cy?.getElementById(id).visible(), KAZ_ATT, LOADING);
    await waitForIdle(page);
    expect(await treaties.getAttribute('aria-pressed')).toBe('true');
    expect(await page.getAttribute('#legend button[data-dataset="dataset:cow-igo"]', 'aria-pressed')).toBe('false');
    expect(await mark()).toEqual(['dataset:untc-arms-treaties', 'diamond', 'rgb(136,34,85)']);
  }, 400_000);

  it('says in the details which dataset states the link', async () => {
    const { page } = session;
    await page.evaluate((id) => {
      window.cy.getElementById(id).emit('tap');
    }, KAZ_ATT);
    await page.locator(`${DETAILS} .details-relation .provenance`).waitFor({ timeout: 120_000 });
    expect(await page.locator(`${DETAILS} .dataset-list .dataset`).evaluateAll((items) => items.map((item) => item.getAttribute('data-dataset')))).toEqual(['dataset:untc-arms-treaties']);
  }, 150_000);
});

describe('the Arms Trade Treaty as of a date', () => {
  let latest: ParticipationRow[];
  let in2016: ParticipationRow[];

  beforeAll(async () => {
    [latest, in2016] = await Promise.all([attParticipation(null), attParticipation('2016')]);
    // Kazakhstan and a sample of the ATT's states: parties by 2016, parties since, signatories only.
    const year = (row: ParticipationRow) => Number(row.consentDate?.slice(0, 4));
    const sample = [
      ...latest.filter((row) => row.state.id === 'state:KAZ'),
      ...latest.filter((row) => row.consentDate && year(row) <= 2016).slice(0, 6),
      ...latest.filter((row) => row.consentDate && year(row) > 2017).slice(0, 6),
      ...latest.filter((row) => row.status === 'SIGNATORY').slice(0, 2),
    ];
    states = sample.map((row) => row.state.id).sort();
    await session.page.goto(`${session.server.url}/?nodes=${[ATT, ...states].join(',')}`);
    // Every state's link to the treaty comes in.
    await session.page.waitForFunction((count) => window.cy?.edges().length >= count, states.length, LOADING);
    await waitForIdle(session.page);
  }, 400_000);
  let states: string[];

  it('shows its states today: parties and signatories', async () => {
    expect(latest.length).toBeGreaterThan(100);
    expect(states.length).toBe(15);
    expect(latest.find((row) => row.state.id === 'state:KAZ')).toMatchObject({ status: 'PARTY', consentDate: '2017-12-08' });
    expect(await visibleStates()).toEqual(states);
    expect(await asOfInUrl()).toBeNull();
  });

  it('as of 2016 hides the states that had not consented yet, Kazakhstan (accession 2017) among them, as the API says', async () => {
    const { page } = session;
    await page.fill('#as-of-date', '2016');
    await page.press('#as-of-date', 'Enter');
    await waitForAsOf('2016');
    expect(in2016.find((row) => row.state.id === 'state:KAZ')?.status).toBe('NONE');
    // A state is drawn as of 2016 when the API says it was a party then, or a signatory whose only link is its signature.
    const expected = drawnAsOf(in2016, states);
    expect(expected.length).toBe(8);
    expect(await visibleStates()).toEqual(expected);
    expect(await page.evaluate((id) => window.cy.getElementById(id).visible(), KAZ_ATT)).toBe(false);
    expect(await page.locator('#as-of-shown').innerText()).toBe('as of 2016');
    expect(await page.evaluate((id) => window.cy.getElementById(id).visible(), ATT)).toBe(true);
    await screenshot(page, 'as-of-2016');
  }, 150_000);

  it('back to the latest data shows them again, and undo returns to 2016', async () => {
    const { page } = session;
    await page.click('#as-of-stop');
    await waitForAsOf(null);
    expect(await visibleStates()).toEqual(states);
    await page.click('#undo');
    await waitForAsOf('2016');
    expect(await page.evaluate((id) => window.cy.getElementById(id).visible(), 'state:KAZ')).toBe(false);
  }, 150_000);

  it('says in the details why a link is hidden as of the date', async () => {
    const { page } = session;
    await page.evaluate((id) => {
      window.cy.getElementById(id).emit('tap');
    }, KAZ_ATT);
    const fact = page.locator(`${DETAILS} .facts dt:text-is("As of 2016") + dd`);
    await fact.waitFor({ timeout: 120_000 });
    expect(await fact.innerText()).toBe('not yet in force (hidden): party from 8 Dec 2017');
    await clearSelection();
  }, 150_000);

  it('plays through the years, announcing each, pauses, and ends on the latest data', async () => {
    const { page } = session;
    await page.click('#as-of-stop');
    await waitForAsOf(null);
    const play = page.locator('#as-of-play');
    await play.focus();
    await page.keyboard.press('Enter');
    expect(await play.getAttribute('aria-pressed')).toBe('true');
    // The first year of the play is the earliest start in view: the ATT's first signatures, 2013.
    await waitForAsOf('2013');
    expect(await page.locator('#as-of-announcer').innerText()).toMatch(/^As of 2013: /);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('asOf') === '2014', undefined, { polling: 20, timeout: 30_000 });
    await page.keyboard.press('Enter');
    expect(await play.getAttribute('aria-pressed')).toBe('false');
    // Paused where it was (2014, or the next year on a slow machine), and stays there.
    const paused = await asOfInUrl();
    expect(['2014', '2015']).toContain(paused);
    await page.waitForTimeout(1500);
    expect(await asOfInUrl()).toBe(paused);
    expect(await page.locator('#as-of-shown').innerText()).toBe(`as of ${paused}`);
    expect(await visibleStates()).toEqual(drawnAsOf(await attParticipation(paused), states));
    await screenshot(page, 'as-of-play-paused');
    // On from the year it paused at, to the latest data.
    await page.keyboard.press('Enter');
    await waitForAsOf(String(Number(paused) + 1));
    await page.waitForFunction(() => new URL(location.href).searchParams.get('asOf') === null, undefined, { polling: 100, timeout: 60_000 });
    await page.waitForFunction(() => document.querySelector('#as-of-play')?.getAttribute('aria-pressed') === 'false', undefined, { polling: 100 });
    expect(await visibleStates()).toEqual(states);
    expect(await axeProblems(page, 'the ATT after a play')).toEqual([]);
  }, 300_000);
});

describe('a delisted sanctions entry as of a date', () => {
  it('is uncertain between the snapshots (“delisted by 26 Sep 2024”) and hidden once delisted', async () => {
    const { page } = session;
    const data = await graphql<{ sanctionsEntries: { nodes: { entity: { id: string }; regime: { id: string }; delistedAfter: string; delistedBy: string; relation: { id: string } }[] } }>(
      'query { sanctionsEntries(regimeId: "instrument:unsc-sanctions-al-qaida", statuses: [DELISTED], first: 1) { nodes { entity { id } regime { id } delistedAfter delistedBy relation { id } } } }',
      {},
    );
    const entry = data.sanctionsEntries.nodes[0]!;
    expect(entry).toMatchObject({ delistedAfter: '2017-07-03', delistedBy: '2024-09-26' });
    const edge = entry.relation.id;
    await page.goto(`${session.server.url}/?nodes=${entry.entity.id},${entry.regime.id}&asOf=2020`);
    await page.waitForFunction((id) => window.cy?.getElementById(id).nonempty(), edge, LOADING);
    await waitForIdle(page);
    expect(await page.locator('#as-of-shown').innerText()).toBe('as of 2020');
    await page.evaluate((id) => {
      window.cy.getElementById(id).emit('tap');
    }, edge);
    expect(await page.evaluate((id) => [window.cy.getElementById(id).visible(), window.cy.getElementById(id).hasClass('as-of-uncertain')], edge)).toEqual([true, true]);
    const fact = page.locator(`${DETAILS} .facts dt:text-is("As of 2020") + dd`);
    await fact.waitFor({ timeout: 120_000 });
    expect(await fact.innerText()).toBe('uncertain (drawn faded): delisted by 26 Sep 2024 (still listed on 3 Jul 2017): the date in between is unknown');
    await screenshot(page, 'as-of-delisted-uncertain');
    await page.fill('#as-of-date', '2025');
    await page.press('#as-of-date', 'Enter');
    await waitForAsOf('2025');
    expect(await page.locator(`${DETAILS} .facts dt:text-is("As of 2025") + dd`).innerText()).toBe('ended (hidden): delisted by 26 Sep 2024 (still listed on 3 Jul 2017)');
    await clearSelection();
    await page.waitForFunction((id) => !window.cy.getElementById(id).visible(), edge, { polling: 100, timeout: 10_000 });
    expect(await axeProblems(page, 'a delisted entry as of 2025')).toEqual([]);
  }, 400_000);

  it('left no error in the page', () => {
    expect(session.consoleErrors).toEqual([]);
  });
});
