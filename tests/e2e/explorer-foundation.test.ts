import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeIds, screenshot, selectedIds, startExplorer, waitForNodes, type ExplorerSession } from './explorer-harness.js';

/** The foundation's promise, kept as the explorer grows: the seeded graph draws, search finds, a click explains. */
let session: ExplorerSession;

beforeAll(async () => {
  session = await startExplorer();
}, 120_000);

afterAll(async () => {
  await session?.close();
});

describe('a researcher opens the explorer', () => {
  it('draws the seeded graph around the project', async () => {
    await waitForNodes(session.page, 20);
    expect(await nodeIds(session.page)).toEqual(expect.arrayContaining(['project:terrorism-arms-crime-nexus', 'org:unodc', 'state:KAZ']));
    await screenshot(session.page, 'foundation-overview');
  });

  it('finds UNODC by typing in the search box, and shows its details with evidence on click', async () => {
    const { page } = session;
    await page.fill('.main-search input[role="combobox"]', 'UNODC');
    const suggestion = page.locator('.main-search [role="option"]', { hasText: 'United Nations Office on Drugs and Crime' });
    await suggestion.first().click();
    await page.locator('#panel-details h2', { hasText: 'United Nations Office on Drugs and Crime' }).waitFor();
    // The heading shows at once; aliases and quotes follow with the entity's details.
    await page.locator('#panel-details blockquote').first().waitFor();
    const details = await page.locator('#panel-details').innerText();
    expect(details).toContain('org:unodc');
    expect(details).toContain('UNODC');
    expect(await page.locator('#panel-details blockquote').count()).toBeGreaterThan(0);
    expect(await selectedIds(page)).toEqual(['org:unodc']);
    await screenshot(page, 'foundation-unodc-details');
  });

  it('logged no errors in the browser console', () => {
    expect(session.consoleErrors).toEqual([]);
  });
});
