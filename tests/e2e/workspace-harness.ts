import type { BrowserContext, Page } from 'playwright-core';
import type { TestUser } from '../support/workspace.js';
import type { ExplorerSession } from './explorer-harness.js';

export type GraphqlAnswer = { data?: Record<string, any>; errors?: { message: string; extensions: { code: string } }[] };

/** A GraphQL request to the session's server as a person (their session cookie) or a visitor (null). */
export async function graphqlAs(session: ExplorerSession, cookie: string | null, query: string, variables: Record<string, unknown> = {}): Promise<GraphqlAnswer> {
  const response = await fetch(`${session.server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie && { cookie }) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphqlAnswer;
}

/** A browser context of its own per person, so that their cookies never mix. */
export async function personPage(session: ExplorerSession): Promise<{ context: BrowserContext; page: Page }> {
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => session.consoleErrors.push(error.message));
  return { context, page };
}

/** Signs in as a person would: the account corner's dialog, until their name shows in the menu. */
export async function signInThroughDialog(page: Page, user: TestUser): Promise<void> {
  await page.click('#sign-in-open');
  await page.fill('#sign-in-email', user.email);
  await page.fill('#sign-in-password', user.password);
  await page.click('.sign-in-form button[type=submit]');
  await page.waitForSelector(`#account-menu .account-name:text("${user.name}")`);
}

/** Opens one of the account menu's dialogs (`review`, `investigations`, `users`…). */
export async function openAccountDialog(page: Page, action: string): Promise<void> {
  await page.click('#account-menu summary');
  await page.click(`[data-account="${action}"]`);
}

/**
 * Waits for a proposal in the open review queue, asking for its later pages ("More proposals")
 * while it is not shown: other test files leave proposals waiting in the same database.
 */
export async function showInQueue(page: Page, proposalId: string): Promise<void> {
  const item = page.locator(`[data-proposal="${proposalId}"]`);
  for (let pages = 0; pages < 20; pages += 1) {
    await page.waitForFunction(() => !document.querySelector('.review-list')?.hasAttribute('aria-busy') && !document.querySelector('.review-list .loading'));
    if ((await item.count()) > 0) return;
    const more = page.locator('#review button:text("More proposals")');
    if (!(await more.isVisible())) break;
    await more.click();
  }
  await item.waitFor({ timeout: 5_000 });
}
