import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickNode, type ExplorerSession, nodeIds, positions, screenshot, selectedIds, startSettledExplorer, tapNode, waitForIdle } from './explorer-harness.js';

let session: ExplorerSession;
const SEARCH = 'input[role="combobox"][placeholder^="Search"]';

beforeAll(async () => {
  session = await startSettledExplorer();
}, 120_000);

afterAll(async () => {
  await session?.close();
});

describe('search as you type', () => {
  it('suggests matches with their kind and the alias that matched, and navigates them with the keyboard', async () => {
    const { page } = session;
    await page.fill(SEARCH, 'Orime');
    const first = page.locator('.main-search [role="option"]').first();
    await first.waitFor();
    expect(await first.innerText()).toContain('United Nations Office on Drugs and Crime');
    expect(await first.innerText()).toContain('Organization');
    expect(await first.innerText()).toContain('United Nations Office on Drugs and Orime → United Nations Office on Drugs and Crime');
    expect(await page.locator('.main-search [role="option"]').count()).toBeGreaterThan(1);
    await page.press(SEARCH, 'ArrowDown');
    expect(await page.getAttribute('.main-search [role="option"]:nth-child(2)', 'aria-selected')).toBe('true');
    expect(await page.getAttribute(SEARCH, 'aria-activedescendant')).toMatch(/option-1$/);
    await page.press(SEARCH, 'Escape');
    expect(await page.getAttribute(SEARCH, 'aria-expanded')).toBe('false');
  });

  it('says so when nothing matches', async () => {
    const { page } = session;
    await page.fill(SEARCH, 'zzqxv');
    await page.locator('.main-search .search-message', { hasText: 'No entity matches “zzqxv”' }).waitFor({ state: 'attached' });
    expect(await page.locator('.main-search [role="option"]').count()).toBe(0);
  });

  it('finds a person by surname; choosing the suggestion centres it and brings its links in', async () => {
    const { page } = session;
    const before = await nodeIds(page);
    expect(before).not.toContain('person:vladimir-voronkov');
    await page.fill(SEARCH, 'Voronkov');
    await page.locator('.main-search [role="option"]', { hasText: 'Vladimir Voronkov' }).waitFor();
    await page.press(SEARCH, 'Enter');
    await page.waitForFunction(() => window.cy.getElementById('person:vladimir-voronkov').nonempty() && window.cy.getElementById('person:vladimir-voronkov').connectedEdges().length > 0);
    await waitForIdle(page);
    expect(await selectedIds(page)).toEqual(['person:vladimir-voronkov']);
    const neighbours = await page.evaluate(() => window.cy.getElementById('person:vladimir-voronkov').neighborhood('node').map((node) => node.id()));
    expect(neighbours).toContain('org:unoct');
    // Centred: the node sits near the middle of the graph's viewport.
    const centre = await page.evaluate(() => {
      const position = window.cy.getElementById('person:vladimir-voronkov').renderedPosition();
      return { dx: Math.abs(position.x - window.cy.width() / 2), dy: Math.abs(position.y - window.cy.height() / 2) };
    });
    expect(centre.dx).toBeLessThan(60);
    expect(centre.dy).toBeLessThan(60);
    await page.locator('#panel-details h2', { hasText: 'Vladimir Voronkov' }).waitFor();
    await screenshot(page, 'search-voronkov');
  });
});

describe('expand, hide, pin, collapse, undo and redo', () => {
  it('double-clicking a node adds its neighbours without moving what was already placed', async () => {
    const { page } = session;
    const before = await nodeIds(page);
    const placed = await positions(page, before);
    await page.evaluate(() => {
      window.cy.fit(window.cy.getElementById('org:unodc'), 250);
    });
    await clickNode(page, 'org:unodc', { double: true });
    await page.waitForFunction((count) => window.cy.nodes().length > count, before.length);
    await waitForIdle(page);
    const after = await nodeIds(page);
    expect(after).toEqual(expect.arrayContaining(before));
    expect(after).toEqual(expect.arrayContaining(['org:global-firearms-programme', 'person:ghada-waly']));
    const moved = Object.entries(await positions(page, before)).filter(([id, { x, y }]) => Math.hypot(x - placed[id]!.x, y - placed[id]!.y) > 1);
    expect(moved).toEqual([]);
    expect(new URL(page.url()).searchParams.get('nodes')!.split(',')).toEqual(expect.arrayContaining(['person:ghada-waly']));
    await screenshot(page, 'expanded-unodc');
  });

  it('hides a node, and undo brings it back where it was; redo hides it again', async () => {
    const { page } = session;
    await tapNode(page, 'person:ghada-waly');
    await page.locator('#panel-details h2', { hasText: 'Ghada Waly' }).waitFor();
    const where = (await positions(page, ['person:ghada-waly']))['person:ghada-waly']!;
    await page.click('#panel-details button:text-is("Hide")');
    await page.waitForFunction(() => window.cy.getElementById('person:ghada-waly').empty());
    await page.click('#undo');
    await page.waitForFunction(() => window.cy.getElementById('person:ghada-waly').nonempty());
    const back = (await positions(page, ['person:ghada-waly']))['person:ghada-waly']!;
    expect(Math.hypot(back.x - where.x, back.y - where.y)).toBeLessThan(1);
    await page.click('#redo');
    await page.waitForFunction(() => window.cy.getElementById('person:ghada-waly').empty());
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => window.cy.getElementById('person:ghada-waly').nonempty());
  });

  it('pins a node so that a new layout leaves it in place', async () => {
    const { page } = session;
    await tapNode(page, 'org:unodc');
    await page.locator('#panel-details h2', { hasText: 'United Nations Office on Drugs and Crime' }).waitFor();
    await page.click('#panel-details button:text-is("Pin")');
    await page.waitForFunction(() => window.cy.getElementById('org:unodc').locked());
    expect(await page.evaluate(() => window.cy.getElementById('org:unodc').hasClass('pinned'))).toBe(true);
    expect(new URL(page.url()).searchParams.get('pinned')).toBe('org:unodc');
    const where = (await positions(page, ['org:unodc']))['org:unodc']!;
    await page.click('#relayout');
    await page.waitForTimeout(100);
    await waitForIdle(page);
    const after = (await positions(page, ['org:unodc']))['org:unodc']!;
    expect(after).toEqual(where);
    await page.click('#panel-details button:text-is("Unpin")');
    await page.waitForFunction(() => !window.cy.getElementById('org:unodc').locked());
  });

  it('collapses a node back: the neighbours that hang on it alone leave', async () => {
    const { page } = session;
    const course = 'event:training-course-astana-2024';
    await page.evaluate((id) => {
      window.cy.fit(window.cy.getElementById(id), 200);
    }, course);
    await tapNode(page, course);
    await page.locator('#panel-details h2', { hasText: 'Training course' }).waitFor();
    await page.click('#panel-details button:text-is("Expand")');
    // The Border Guard Service attended the course and is linked to nothing else in view.
    await page.waitForFunction((id) => window.cy.getElementById(id).nonempty(), 'org:kaz-border-guards-service');
    await waitForIdle(page);
    const leaves = await page.evaluate(
      (id) => window.cy.getElementById(id).neighborhood('node').filter((node) => node.neighborhood('node').length === 1).map((node) => node.id()),
      course,
    );
    expect(leaves).toContain('org:kaz-border-guards-service');
    await page.click('#panel-details button:text-is("Collapse")');
    await page.waitForFunction((ids) => ids.every((id) => window.cy.getElementById(id).empty()), leaves);
    expect(await page.evaluate((id) => window.cy.getElementById(id).nonempty(), course)).toBe(true);
    await page.click('#undo');
    await page.waitForFunction((ids) => ids.every((id) => window.cy.getElementById(id).nonempty()), leaves);
  });

  it('logged no errors in the browser console', () => {
    expect(session.consoleErrors).toEqual([]);
  });
});
