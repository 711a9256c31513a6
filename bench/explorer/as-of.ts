import type { Browser } from 'playwright-core';
import { median } from './figures.js';
import { preparePage, waitUntilQuiet } from './page-probes.js';

/**
 * The as-of probe (issue 13, point 3): the Arms Trade Treaty with every state linked to it in
 * view (~140 nodes), then one as-of step at a time (the date field, as a reader types it) and a
 * whole play (one year a second, then the latest data). Prints the time from the change to the
 * next painted frame, the play's time beyond its one-second waits, and the main thread's long
 * tasks (PerformanceObserver 'longtask', over 50 ms) during the steps and during the play.
 */
const ATT = 'instrument:arms-trade-treaty';
const STEP_DATES = ['2016', '2014', '2020', '2013-12-31', ''];
const TIMEOUT = 120_000;

declare global {
  interface Window {
    benchAsOfLongTasks?: number[];
  }
}

async function attStates(base: string): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  do {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query ($id: ID!, $after: String) { treatyParticipation(instrumentId: $id, first: 100, after: $after) { nodes { state { id } } pageInfo { hasNextPage endCursor } } }',
        variables: { id: ATT, after },
      }),
    });
    const { data } = (await response.json()) as { data: { treatyParticipation: { nodes: { state: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } };
    ids.push(...data.treatyParticipation.nodes.map((row) => row.state.id));
    after = data.treatyParticipation.pageInfo.hasNextPage ? data.treatyParticipation.pageInfo.endCursor : null;
  } while (after);
  return ids;
}

export async function printAsOfBench(browser: Browser, base: string, say: (line: string) => void): Promise<void> {
  const states = await attStates(base);
  say(`As of a date: the ATT and ${states.length} states …`);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await preparePage(page);
    await page.goto(`${base}/?nodes=${[ATT, ...states].join(',')}`);
    await page.waitForFunction((count) => (window.cy?.edges().length ?? 0) >= count, states.length, { timeout: TIMEOUT, polling: 200 });
    await waitUntilQuiet(page, 1_000, TIMEOUT);
    const drawn = await page.evaluate(() => ({ nodes: window.cy.nodes().length, edges: window.cy.edges().length }));
    await page.evaluate(() => {
      window.benchAsOfLongTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.benchAsOfLongTasks!.push(entry.duration);
      }).observe({ type: 'longtask' });
    });

    const steps: number[] = [];
    for (const date of STEP_DATES) {
      steps.push(
        await page.evaluate(async (value) => {
          const field = document.querySelector<HTMLInputElement>('#as-of-date')!;
          const started = performance.now();
          field.value = value;
          field.dispatchEvent(new Event('change'));
          while ((new URL(location.href).searchParams.get('asOf') ?? '') !== value) await new Promise((resolve) => setTimeout(resolve, 5));
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          return performance.now() - started;
        }, date),
      );
    }
    const stepTasks = await page.evaluate(() => window.benchAsOfLongTasks!.splice(0));

    const play = await page.evaluate(async () => {
      const button = document.querySelector<HTMLButtonElement>('#as-of-play')!;
      const years = new Set<string>();
      const started = performance.now();
      button.click();
      while (button.getAttribute('aria-pressed') === 'true') {
        const asOf = new URL(location.href).searchParams.get('asOf');
        if (asOf) years.add(asOf);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return { millis: performance.now() - started, years: years.size };
    });
    const playTasks = await page.evaluate(() => window.benchAsOfLongTasks!.splice(0));

    const tasks = (list: number[]) => `${list.length} long tasks, max ${list.length ? Math.max(...list).toFixed(0) : '0'} ms`;
    console.log(`\nAs of a date on the Arms Trade Treaty: ${drawn.nodes} nodes, ${drawn.edges} edges in view (canvas renderer)`);
    console.log(`  one as-of step (date field → painted frame), ${STEP_DATES.length} steps: median ${median(steps).toFixed(0)} ms, max ${Math.max(...steps).toFixed(0)} ms; ${tasks(stepTasks)}`);
    console.log(`  a whole play: ${play.years} years then the latest data in ${(play.millis / 1000).toFixed(1)} s (${(play.millis - play.years * 1000).toFixed(0)} ms beyond the 1 s per year); ${tasks(playTasks)}`);
  } finally {
    await context.close();
  }
}
