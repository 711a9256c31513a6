import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RELATION_TYPE_DEFINITIONS } from '../../model/data-model.js';
import { loadDataset } from '../../seed/validation/index.js';
import { type ExplorerSession, PROJECT, screenshot, startSettledExplorer, tapNode, waitForIdle, waitForNodes } from './explorer-harness.js';

let session: ExplorerSession;
const DETAILS = '#panel-details';
const READER = 'dialog#reader';
const PRESENTATION = 'event:project-presentation-2020-02';

/** What the panels must show comes from the seed files the database was loaded from. */
const dataset = loadDataset();
const entity = (id: string) => dataset.entities.find((record) => record.id === id)!;
const sourceTitle = (id: string) => dataset.sources.find((source) => source.id === id)!.title;
/** Quotes with their source titles, in a fixed order (the API does not promise the seed's). */
const seedEvidence = (evidence: { source: string; quote: string }[]) => sorted(evidence.map(({ source, quote }) => ({ quote: squeeze(quote), source: sourceTitle(source) })));
const sorted = (evidence: { quote: string; source: string }[]) => [...evidence].sort((a, b) => a.source.localeCompare(b.source) || a.quote.localeCompare(b.quote));

beforeAll(async () => {
  session = await startSettledExplorer();
}, 120_000);

afterAll(async () => {
  await session?.close();
});

/** Opens the explorer on given nodes (a shared link), with one of them selected. */
async function openView(page: Page, nodes: string[], select: string): Promise<void> {
  await page.goto(`${session.server.url}/?nodes=${nodes.map(encodeURIComponent).join(',')}&select=${encodeURIComponent(select)}`);
  await waitForNodes(page, nodes.length);
  await waitForIdle(page);
}

/** The text of a definition list's entry ("Period" → "12 Mar 2024 – 15 Mar 2024"). */
async function fact(page: Page, term: string): Promise<string> {
  return page.locator(`${DETAILS} .facts dt:text-is("${term}") + dd`).innerText();
}

async function aliases(page: Page): Promise<string[]> {
  return page.locator(`${DETAILS} .facts dt:text-is("Also called") + dd li`).allInnerTexts();
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Every quote of the panel's evidence list, each with the title of its source. */
async function quotesWithSources(page: Page): Promise<{ quote: string; source: string }[]> {
  const found = await page.locator(`${DETAILS} .evidence`).evaluateAll((figures) =>
    figures.map((figure) => ({ quote: figure.querySelector('blockquote')?.textContent ?? '', source: figure.querySelector('.source-title')?.textContent ?? '' })),
  );
  return found.map(({ quote, source }) => ({ quote: squeeze(quote), source }));
}

/** Clicks a quote and checks the reader shows its source with that very quote marked and in view. */
async function readQuote(page: Page, evidence: Locator): Promise<string> {
  const quote = squeeze(await evidence.locator('blockquote').innerText());
  const source = await evidence.locator('.source-title').innerText();
  await evidence.locator('blockquote').click();
  await page.locator(`${READER}[open] mark`).waitFor();
  expect(await page.locator(`${READER} h2`).innerText()).toBe(source);
  expect(squeeze(await page.locator(`${READER} mark`).innerText())).toBe(quote);
  // The document is longer than the quote: the mark sits inside the text, not alone.
  const text = squeeze(await page.locator(`${READER} .source-text`).innerText());
  expect(text.length).toBeGreaterThan(quote.length * 2);
  // Scrolled into view: the mark lies within the visible part of the scrolling body.
  const inView = await page.evaluate(() => {
    const body = document.querySelector('#reader .reader-body')!.getBoundingClientRect();
    const mark = document.querySelector('#reader mark')!.getBoundingClientRect();
    return mark.top >= body.top - 1 && mark.top < body.bottom && mark.height > 0;
  });
  expect(inView).toBe(true);
  return quote;
}

async function closeWithEscape(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector<HTMLDialogElement>('#reader')!.open, undefined, { polling: 50 });
}

describe('the details of a node', () => {
  it('shows the project: its aliases, period, outcomes, the doubt the sources leave, and every quote with its source', async () => {
    const { page } = session;
    await page.locator(`${DETAILS} h2`, { hasText: 'Addressing the terrorism-arms-crime nexus' }).waitFor();
    await page.locator(`${DETAILS} .evidence`).first().waitFor();
    expect(await aliases(page)).toEqual(entity(PROJECT).aliases);
    expect(await fact(page, 'Period')).toBe('2020');
    expect(await page.locator(`${DETAILS} .facts dt:text-is("Outcomes") + dd li`).count()).toBe(3);
    const doubt = page.locator(`${DETAILS} .notice-doubt`);
    expect(await doubt.innerText()).toContain('The sources are unclear');
    expect(await doubt.innerText()).toContain('no end date is recorded');
    const evidence = await quotesWithSources(page);
    expect(sorted(evidence)).toEqual(seedEvidence(entity(PROJECT).evidence));
    expect(await page.locator(`${DETAILS} h3`, { hasText: 'What the sources say (5)' }).count()).toBe(1);
    await screenshot(page, 'details-project');
  });

  it('opens the source reader from a quote, with the quote highlighted and scrolled into view; Escape closes it and gives focus back', async () => {
    const { page } = session;
    // The last quote sits deep in a long document, so it must be scrolled to.
    const evidence = page.locator(`${DETAILS} .evidence`).last();
    await readQuote(page, evidence);
    await screenshot(page, 'reader-quote');
    await closeWithEscape(page);
    expect(await page.evaluate(() => document.activeElement?.closest('.evidence') !== null)).toBe(true);

    // From the keyboard: the button under the quote opens the reader too, and focus comes back to it.
    const button = page.locator(`${DETAILS} .evidence`).first().locator('button.read-source');
    await button.focus();
    await page.keyboard.press('Enter');
    await page.locator(`${READER}[open] mark`).waitFor();
    await closeWithEscape(page);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('read-source') && document.activeElement.closest('.evidence') === document.querySelector('#panel-details .evidence'))).toBe(true);
  });

  it('cites a page that states no date of its own as “date not stated”, never by a date found in its text', async () => {
    const { page } = session;
    await openView(page, [PROJECT, 'org:unodc'], PROJECT);
    await page.locator(`${DETAILS} .evidence`).first().waitFor();
    const captions = await page.locator(`${DETAILS} .evidence figcaption`).allInnerTexts();
    expect(captions).toHaveLength(5);
    const undated = dataset.sources.filter((source) => source.date === null);
    expect(undated.map((source) => source.id)).toEqual(['src:001', 'src:002']);
    expect(captions.filter((caption) => caption.includes('date not stated'))).toHaveLength(undated.length);
    expect(captions.join('\n')).not.toMatch(/2006/);
    expect(captions.join('\n')).toMatch(/12 Mar 2024/);
  });

  it('draws the capture’s markdown headings (“## Secretary”) as headings in the reader, the quote still marked', async () => {
    const { page } = session;
    const launch = page.locator(`${DETAILS} .evidence`, { has: page.locator('.source-title', { hasText: sourceTitle('src:000') }) });
    await readQuote(page, launch);
    const headings = await page.locator(`${READER} .source-text :is(h3, h4)`).allTextContents();
    expect(headings).toEqual(['In collaboration with', 'Secretary']);
    expect(await page.locator(`${READER} .source-text`).innerText()).not.toMatch(/^#+ /m);
    expect(await page.locator(`${READER} .reader-meta`).first().innerText()).toMatch(/2020/);
    await screenshot(page, 'reader-headings');
    await closeWithEscape(page);
  });

  it('lists every statement about the project in one place: its own quotes and each link’s, grouped, paged, each opening the reader', async () => {
    const { page } = session;
    const UNODC = 'org:unodc';
    await openView(page, [PROJECT, UNODC], PROJECT);
    await page.click(`${DETAILS} .details-modes button[data-mode="statements"]`);
    await page.locator(`${DETAILS} .details-statements`).waitFor();
    const links = dataset.relations.filter((relation) => relation.from === PROJECT || relation.to === PROJECT);
    const total = entity(PROJECT).evidence.length + links.reduce((sum, relation) => sum + relation.evidence.length, 0);
    expect(total).toBeGreaterThan(50);
    expect(await page.locator(`${DETAILS} .statements-summary`).innerText()).toBe(`25 of ${total} quotes about ${entity(PROJECT).name} and its ${links.length} links.`);
    expect(await page.locator(`${DETAILS} .statement-group blockquote`).count()).toBe(25);
    await screenshot(page, 'details-statements');
    const more = page.locator(`${DETAILS} button.show-more`);
    while (await more.isVisible()) await more.click();
    expect(await page.locator(`${DETAILS} .statement-group blockquote`).count()).toBe(total);
    expect(await page.locator(`${DETAILS} .statement-group[data-relation]:not([data-relation=""])`).count()).toBe(links.length);
    const quotes = (await page.locator(`${DETAILS} .statement-group blockquote`).allInnerTexts()).map(squeeze).sort();
    expect(quotes).toEqual([...entity(PROJECT).evidence, ...links.flatMap((relation) => relation.evidence)].map((item) => squeeze(item.quote)).sort());
    // Canada's doubt travels with its link's quotes.
    const canada = page.locator(`${DETAILS} .statement-group`, { hasText: 'Canada — funds →' });
    expect(await canada.locator('.notice-doubt').innerText()).toMatch(/only in reporting the March 2024 training course/);

    // A link's quote opens the reader at its passage.
    const linkQuote = page.locator(`${DETAILS} .statement-group:not([data-relation=""]) .evidence`).first();
    await readQuote(page, linkQuote);
    await closeWithEscape(page);

    // The view stays on statements for the next actor chosen.
    await tapNode(page, UNODC);
    await page.locator(`${DETAILS} .details-statements .statements-summary`, { hasText: 'United Nations Office on Drugs and Crime' }).waitFor();
    await page.click(`${DETAILS} .details-modes button[data-mode="facts"]`);
    await page.locator(`${DETAILS} .details-body`).waitFor();
  });

  it('shows a person with aliases and the positions held, each linked to the organisation', async () => {
    const { page } = session;
    await openView(page, ['person:vladimir-voronkov', 'org:unoct', 'org:uncct'], 'person:vladimir-voronkov');
    await page.locator(`${DETAILS} h2`, { hasText: 'Vladimir Voronkov' }).waitFor();
    await page.locator(`${DETAILS} .facts`).waitFor();
    expect(await aliases(page)).toEqual(['Voronkov', 'V.Voronkov']);
    const positions = await page.locator(`${DETAILS} .facts dt:text-is("Positions") + dd li`).allInnerTexts();
    expect(positions.map(squeeze)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Under-Secretary-General at United Nations Office of Counter-Terrorism/), expect.stringMatching(/^Executive Director at .*Counter-Terrorism Centre/)]),
    );
    expect(sorted(await quotesWithSources(page))).toEqual(seedEvidence(entity('person:vladimir-voronkov').evidence));
    await screenshot(page, 'details-person');
    // The organisation in a position is a link to it.
    await page.locator(`${DETAILS} .facts dt:text-is("Positions") + dd button`, { hasText: 'United Nations Office of Counter-Terrorism' }).click();
    await page.locator(`${DETAILS} h2`, { hasText: 'United Nations Office of Counter-Terrorism' }).waitFor();
  });

  it('shows an event with its dates and type', async () => {
    const { page } = session;
    await openView(page, ['event:training-course-astana-2024', PROJECT], 'event:training-course-astana-2024');
    await page.locator(`${DETAILS} h2`, { hasText: 'Training course on operational measures' }).waitFor();
    await page.locator(`${DETAILS} .facts`).waitFor();
    expect(await fact(page, 'Period')).toBe('12 Mar 2024 – 15 Mar 2024');
    expect(await fact(page, 'Type')).toBe('training course');
    expect(await aliases(page)).toEqual(entity('event:training-course-astana-2024').aliases);
    expect(sorted(await quotesWithSources(page))).toEqual(seedEvidence(entity('event:training-course-astana-2024').evidence));
  });
});

describe('the details of a link', () => {
  it('marks the disputed ORGANIZED links of the February 2020 presentation in the graph and in the list of links', async () => {
    const { page } = session;
    await openView(page, [PRESENTATION, 'org:undp', 'org:uncct', 'org:unodc'], PRESENTATION);
    await page.waitForFunction((event) => window.cy.getElementById(event).connectedEdges('[type = "ORGANIZED"]').length === 3, PRESENTATION, { polling: 50 });
    const organisers = await page.evaluate((event) =>
      window.cy.getElementById(event).connectedEdges('[type = "ORGANIZED"]').map((edge) => ({ from: edge.source().id(), conflict: edge.hasClass('conflict'), label: edge.data('label') as string })),
      PRESENTATION,
    );
    expect(organisers.map(({ from }) => from).sort()).toEqual(['org:uncct', 'org:undp', 'org:unodc']);
    expect(organisers.every(({ conflict, label }) => conflict && label.includes('disputed'))).toBe(true);
    await page.locator(`${DETAILS} .links-list`).waitFor();
    const disputed = await page.locator(`${DETAILS} .links-list li`, { has: page.locator('.badge-conflict') }).allInnerTexts();
    expect(disputed.length).toBe(3);
    expect(disputed.every((text) => /organi[sz]ed this/.test(text))).toBe(true);
    const doubt = await page.locator(`${DETAILS} .notice-doubt`).innerText();
    expect(doubt).toContain('Who gave it is disputed');
  });

  it('shows a disputed link: its sentence, what the type means, the conflict between sources, and its evidence, readable in the source', async () => {
    const { page } = session;
    const undp = await page.evaluate((event) => window.cy.getElementById(event).connectedEdges('[type = "ORGANIZED"]').filter((edge) => edge.source().id() === 'org:undp').map((edge) => edge.id())[0]!, PRESENTATION);
    await tapNode(page, undp);
    const header = page.locator(`${DETAILS} .details-relation h2`);
    await header.waitFor();
    expect(squeeze(await header.innerText())).toMatch(new RegExp(`^${entity('org:undp').name} organi[sz]ed ${entity(PRESENTATION).name}$`));
    expect(await page.locator(`${DETAILS} .details-kind`).innerText()).toContain('ORGANIZED');
    expect(await page.locator(`${DETAILS} .details-relation > .description`).innerText()).toBe(RELATION_TYPE_DEFINITIONS.ORGANIZED.description);
    const conflict = page.locator(`${DETAILS} .notice-conflict`);
    expect(await conflict.innerText()).toContain('The sources disagree');
    expect(await conflict.innerText()).toContain('UNDP Project Presentation');
    // The other sides of the dispute are named, and each can be opened.
    const claims = page.locator(`${DETAILS} .competing-claims li button`);
    expect((await claims.allInnerTexts()).sort()).toEqual([`${entity('org:uncct').name} organised it`, `${entity('org:unodc').name} organised it`].sort());
    const evidence = await quotesWithSources(page);
    const seeded = dataset.relations.find((relation) => relation.type === 'ORGANIZED' && relation.from === 'org:undp' && relation.to === PRESENTATION)!;
    expect(sorted(evidence)).toEqual(seedEvidence(seeded.evidence));
    await screenshot(page, 'details-disputed-link');
    const quote = await readQuote(page, page.locator(`${DETAILS} .evidence`).first());
    expect(quote).toContain('UNDP Project Presentation');
    await closeWithEscape(page);
    expect(await page.evaluate(() => document.activeElement?.closest('#panel-details') !== null)).toBe(true);
    await page.locator(`${DETAILS} .competing-claims li button`, { hasText: entity('org:unodc').name }).click();
    await page.locator(`${DETAILS} .details-relation h2`, { hasText: entity('org:unodc').name }).waitFor();
    expect(await page.evaluate(() => window.cy.edges(':selected').map((edge) => `${edge.data('type')} ${edge.source().id()}`))).toEqual(['ORGANIZED org:unodc']);
  });

  it('shows a doubtful link with its dated properties: Canada funds the project from 2024', async () => {
    const { page } = session;
    await openView(page, ['state:CAN', PROJECT], 'state:CAN');
    await page.waitForFunction(() => window.cy.edges('[type = "FUNDS"][source = "state:CAN"]').length === 1, undefined, { polling: 50 });
    const funds = await page.evaluate(() => window.cy.edges('[type = "FUNDS"][source = "state:CAN"]').map((edge) => edge.id())[0]!);
    expect(await page.evaluate((id) => window.cy.getElementById(id).hasClass('doubt'), funds)).toBe(true);
    await tapNode(page, funds);
    await page.locator(`${DETAILS} .details-relation`).waitFor();
    expect(squeeze(await page.locator(`${DETAILS} .details-relation h2`).innerText())).toMatch(/^Canada funds Addressing the terrorism-arms-crime nexus/);
    expect(await fact(page, 'Start date')).toBe('2024');
    expect(await page.locator(`${DETAILS} .notice-doubt`).innerText()).toContain('whether Canada funds the project beyond that course is not stated');
    expect(await page.locator(`${DETAILS} .notice-conflict`).count()).toBe(0);
    expect((await quotesWithSources(page))[0]!.quote).toContain('with financial support from Canada');
  });

  it('logged no errors in the browser console', () => {
    expect(session.consoleErrors).toEqual([]);
  });
});
