import type { Page, Route } from 'playwright-core';

interface Body {
  query: string;
  variables: Record<string, unknown>;
}

export interface HeldAnswer {
  /** Resolves once the server has answered the held request (the answer is then waiting). */
  answered: Promise<void>;
  /** Delivers the held answer to the page (if it still waits for it) and gives the page time to act on it. */
  release(): Promise<void>;
}

/**
 * An out-of-order network: the first API request whose body matches is answered by the server
 * at once, but its answer reaches the page only when the test releases it, after newer requests
 * have been answered and drawn. The late answer is then stale, as on a slow mobile link.
 * A page that cancelled the request meanwhile never receives it (fulfilling it then fails).
 */
export async function holdBackAnswer(page: Page, matches: (body: Body) => boolean): Promise<HeldAnswer> {
  let answeredNow: () => void = () => undefined;
  const answered = new Promise<void>((resolve) => (answeredNow = resolve));
  let letGo: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (letGo = resolve));
  let delivered: Promise<void> = Promise.resolve();
  let taken = false;
  await page.route('**/graphql', async (route: Route) => {
    const body = JSON.parse(route.request().postData() ?? '{}') as Body;
    if (taken || !matches(body)) {
      await route.continue().catch(() => undefined);
      return;
    }
    taken = true;
    const response = await route.fetch();
    answeredNow();
    delivered = gate.then(() => route.fulfill({ response }).catch(() => undefined));
    await delivered;
  });
  return {
    answered,
    async release() {
      letGo();
      await delivered;
      // What the page does with the late answer happens in its next tasks.
      await page.waitForTimeout(500);
    },
  };
}
