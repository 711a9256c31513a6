import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { referenceDataDir } from '../../seed/reference/index.js';
import { loadDataset } from '../../seed/validation/index.js';
import { type ExplorerSession, nodeIds, PROJECT, screenshot, selectedIds, startSettledExplorer, visibleNodeIds, waitForIdle } from './explorer-harness.js';

/**
 * The explorer on the wider nexus: the curated graph with every reference dataset imported
 * (inject('referenceNeo4jUri')), as `npm start` serves it by default.
 */
let session: ExplorerSession;
const curated = loadDataset();
const DETAILS = '#panel-details';
const SEARCH = '.main-search input';

/** A line of a reference file as the test reads it itself: the record the panel must show verbatim. */
function referenceLine(file: string, line: number): string {
  return readFileSync(join(referenceDataDir(), file), 'utf8').split('\n')[line - 1]!.replace(/\r$/, '');
}

beforeAll(async () => {
  session = await startSettledExplorer('/', { neo4jUri: inject('referenceNeo4jUri') });
}, 180_000);

afterAll(async () => {
  await session?.close();
});

describe('a reader opens the explorer on the wider nexus', () => {
  it('sees the curated project graph first: its entities, every curated link among them, no reference entity', async () => {
    const { page } = session;
    const overviewTypes = new Set(['IMPLEMENTS', 'FUNDS', 'COLLABORATES_ON', 'BENEFITS_FROM', 'SUPPORTS', 'FRAMES']);
    const expectedNodes = new Set([PROJECT]);
    for (const relation of curated.relations) {
      if (!overviewTypes.has(relation.type)) continue;
      if (relation.to === PROJECT) expectedNodes.add(relation.from);
      if (relation.from === PROJECT) expectedNodes.add(relation.to);
    }
    expect(await nodeIds(page)).toEqual([...expectedNodes].sort());
    // The links among them settle in the background once every node's relations are in.
    const curatedAmong = curated.relations.filter((relation) => expectedNodes.has(relation.from) && expectedNodes.has(relation.to)).map((relation) => relation.id).sort();
    await page.waitForFunction((count) => window.cy.edges().length >= count, curatedAmong.length, { polling: 100, timeout: 30_000 });
    await page.waitForTimeout(1000);
    const edges = await page.evaluate(() => window.cy.edges().map((edge) => edge.id()).sort());
    // Hubs such as INTERPOL have hundreds of reference links now: none of the curated ones may be crowded out.
    expect(edges).toEqual(expect.arrayContaining(curatedAmong));
    // The reference datasets' links among these actors are there, hidden by the legend: what is seen is the curated graph.
    expect(await page.evaluate(() => window.cy.edges(':visible').map((edge) => edge.id()).sort())).toEqual(curatedAmong);
    expect(await visibleNodeIds(page)).toEqual([...expectedNodes].sort());
    await screenshot(page, 'reference-overview');
  });

  it('shows a reference dataset’s links from the legend, and hides them again', async () => {
    const { page } = session;
    const treaties = page.locator('#legend button[data-dataset="dataset:untc-arms-treaties"]');
    expect(await treaties.getAttribute('aria-pressed')).toBe('false');
    expect(await page.getAttribute('#legend button[data-dataset="dataset:curated"]', 'aria-pressed')).toBe('true');
    expect(new URL(page.url()).searchParams.get('hideDatasets')).toBe('dataset:country-codes,dataset:untc-arms-treaties,dataset:cow-igo,dataset:un-sc-consolidated');
    expect(Number(await treaties.locator('.legend-count').innerText())).toBeGreaterThanOrEqual(2);
    await treaties.click();
    await page.waitForFunction(() => window.cy.getElementById('PARTY_TO:state:KAZ->instrument:arms-trade-treaty#untc:att:KAZ').visible());
    expect(await treaties.getAttribute('aria-pressed')).toBe('true');
    await page.locator('#legend button[data-dataset="dataset:untc-arms-treaties"]').scrollIntoViewIfNeeded();
    await screenshot(page, 'reference-legend-datasets');
    await treaties.click();
    await page.waitForFunction(() => !window.cy.getElementById('PARTY_TO:state:KAZ->instrument:arms-trade-treaty#untc:att:KAZ').visible());
  });
});

describe('why Kazakhstan is in the graph, and why it is linked to the Arms Trade Treaty', () => {
  it('finds Kazakhstan by its Russian name, and says which name matched and which datasets hold it', async () => {
    const { page } = session;
    await page.fill(SEARCH, 'Казахстан');
    const option = page.locator('.main-search [role="option"][data-id="state:KAZ"]');
    await option.waitFor();
    const text = await option.innerText();
    expect(text).toContain('Казахстан → Kazakhstan');
    expect(text).toContain('State');
    expect(text).toContain('curated documents');
    expect(text).toContain('country codes');
    await screenshot(page, 'reference-search-cyrillic');
    // Keyboard as always: the arrow keys reach it, Enter chooses it.
    const options = await page.locator('.main-search [role="option"]').evaluateAll((items) => items.map((item) => item.getAttribute('data-id')));
    for (let index = 0; index < options.indexOf('state:KAZ'); index++) await page.press(SEARCH, 'ArrowDown');
    await page.press(SEARCH, 'Enter');
    await page.waitForFunction(() => window.cy.$(':selected').map((element) => element.id()).join() === 'state:KAZ');
    expect(await selectedIds(page)).toEqual(['state:KAZ']);
    // Choosing it brings in its links, the reference datasets' too: exploring shows what the first view hid.
    await page.waitForFunction(() => window.cy.getElementById('PARTY_TO:state:KAZ->instrument:arms-trade-treaty#untc:att:KAZ').visible());
    await page.waitForFunction(() => !(new URL(location.href).searchParams.get('hideDatasets') ?? '').includes('untc'), undefined, { polling: 50 });
  });

  it('shows the curated documents and the country codes with the CSV line that states Kazakhstan', async () => {
    const { page } = session;
    await page.locator(`${DETAILS} .details-header h2`, { hasText: 'Kazakhstan' }).waitFor();
    await page.locator(`${DETAILS} .dataset[data-dataset="dataset:country-codes"]`).waitFor();
    const datasets = await page.locator(`${DETAILS} .dataset-list .dataset`).evaluateAll((items) => items.map((item) => item.getAttribute('data-dataset')));
    expect(datasets[0]).toBe('dataset:curated');
    expect(datasets).toEqual(expect.arrayContaining(['dataset:curated', 'dataset:country-codes', 'dataset:untc-arms-treaties']));
    // The curated passages, as before.
    expect(await page.locator(`${DETAILS} .evidence`).count()).toBe(curated.entities.find((entity) => entity.id === 'state:KAZ')!.evidence.length);
    const card = await page.locator(`${DETAILS} .dataset[data-dataset="dataset:country-codes"]`).innerText();
    expect(card).toMatch(/licen[cs]e/i);
    // The country codes' record: the CSV line, verbatim, with its locator.
    const record = page.locator(`${DETAILS} .dataset-records[data-dataset="dataset:country-codes"] .statement[data-locator="country-codes.csv:120"]`);
    await record.waitFor();
    expect(await record.locator('.locator').innerText()).toBe('country-codes.csv:120');
    expect(await record.locator('pre.raw-record').textContent()).toBe(referenceLine('country-codes/country-codes.csv', 120));
    await screenshot(page, 'reference-kazakhstan-details');
  });

  it('gives Kazakhstan’s names in the six UN languages, the Arabic one right to left', async () => {
    const { page } = session;
    const arabic = page.locator(`${DETAILS} .un-names [lang="ar"]`);
    expect(await arabic.getAttribute('dir')).toBe('rtl');
    expect(await arabic.textContent()).toBe('كازاخستان');
    expect(await page.locator(`${DETAILS} .un-names [lang="ru"]`).textContent()).toBe('Казахстан');
    expect(await page.locator(`${DETAILS} .un-names [lang]`).count()).toBe(6);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('#panel-details .un-names [lang="ar"]')!).direction)).toBe('rtl');
    await page.locator(`${DETAILS} .un-names`).scrollIntoViewIfNeeded();
    await screenshot(page, 'reference-kazakhstan-names');
  });

  it('opens the link to the Arms Trade Treaty: accession on 8 Dec 2017, stated by the treaty status file’s CSV record', async () => {
    const { page } = session;
    await page.locator(`${DETAILS} .links-list button`, { hasText: 'is party to → Arms Trade Treaty' }).click();
    await page.waitForFunction(() => window.cy.$(':selected').map((element) => element.id()).join() === 'PARTY_TO:state:KAZ->instrument:arms-trade-treaty#untc:att:KAZ');
    await page.locator(`${DETAILS} .details-relation .provenance`).waitFor();
    const fact = (term: string) => page.locator(`${DETAILS} .facts dt:text-is("${term}") + dd`).innerText();
    expect(await fact('Consent')).toBe('accession on 8 Dec 2017');
    const record = page.locator(`${DETAILS} .dataset-records[data-dataset="dataset:untc-arms-treaties"] .statement`).first();
    expect(await record.locator('.locator').innerText()).toBe('arms_control_ratifications.csv:1368');
    const raw = referenceLine('untc-arms-treaties/arms_control_ratifications.csv', 1368);
    expect(raw).toContain('Kazakhstan,att,Arms Trade Treaty,Accession,2017-12-08');
    expect(await record.locator('pre.raw-record').textContent()).toBe(raw);
    expect(await page.locator(`${DETAILS} .dataset-list .dataset`).evaluateAll((items) => items.map((item) => item.getAttribute('data-dataset')))).toEqual(['dataset:untc-arms-treaties']);
    await waitForIdle(page);
    await screenshot(page, 'reference-party-to');
  });
});

describe('a listed person of the sanctions list', () => {
  it('shows the raw XML record collapsed to a few lines, with a button for all of it', async () => {
    const { page } = session;
    await page.goto(`${session.server.url}/?nodes=${encodeURIComponent('person:un-qdi-372')}&select=${encodeURIComponent('person:un-qdi-372')}`);
    const record = page.locator(`${DETAILS} .dataset-records[data-dataset="dataset:un-sc-consolidated"] .statement`).first();
    await record.waitFor();
    expect(await record.locator('.locator').innerText()).toMatch(/^QDi\.372 ?@ ?\d{4}-\d{2}-\d{2}$/);
    const block = record.locator('pre.raw-record');
    // The whole record is in the block, cut to a few lines until "Show all".
    const text = (await block.textContent())!;
    expect(text.trimStart().startsWith('<INDIVIDUAL>')).toBe(true);
    expect(text).toContain('<REFERENCE_NUMBER>QDi.372</REFERENCE_NUMBER>');
    expect(text.trimEnd().endsWith('</INDIVIDUAL>')).toBe(true);
    const height = () => block.evaluate((element) => ({ shown: element.clientHeight, whole: element.scrollHeight, lineHeight: parseFloat(getComputedStyle(element).lineHeight) }));
    const collapsed = await height();
    expect(collapsed.shown).toBeLessThan(collapsed.lineHeight * 6);
    expect(collapsed.whole).toBeGreaterThan(collapsed.shown * 2);
    const toggle = record.locator('button.show-all');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect((await height()).shown).toBeGreaterThan(collapsed.shown * 2);
    await screenshot(page, 'reference-listed-person');
  });
});


describe('a listed person’s name in its original script', () => {
  it('is drawn right to left for Arabic letters', async () => {
    const { page } = session;
    await page.goto(`${session.server.url}/?nodes=${encodeURIComponent('person:un-tai-005')}&select=${encodeURIComponent('person:un-tai-005')}`);
    const name = page.locator(`${DETAILS} .facts dt:text-is("Original script") + dd .name-text`);
    await name.waitFor();
    expect(await name.textContent()).toBe('محمد طاهر أنوري');
    expect(await name.getAttribute('dir')).toBe('rtl');
    await screenshot(page, 'reference-original-script');
  });

  it('left no error in the page', () => {
    expect(session.consoleErrors).toEqual([]);
  });
});
