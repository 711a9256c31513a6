import type { Browser } from 'playwright-core';
import { median } from './figures.js';

/**
 * The participation matrix at its largest: every state × every treaty (instruments of treaty,
 * convention and protocol type), asked of the real API and drawn in the Matrix tab; then sorted
 * by a column. Long tasks are caught by a PerformanceObserver ('longtask', > 50 ms) installed
 * before the page loads. Figures per run: the whole load (API pages included), the client's own
 * nexus:matrix-build (rows from the API's records) and nexus:matrix-draw (the table) measures,
 * and the long tasks while loading and while sorting.
 */

// tsx names the functions it compiles with a __name helper, which page.evaluate's functions carry into the page.
const LONG_TASK_RECORDER = `
globalThis.__name = (target) => target;
globalThis.benchLongTasks = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) globalThis.benchLongTasks.push({ start: entry.startTime, duration: entry.duration });
}).observe({ type: 'longtask', buffered: true });
`;

interface MatrixRun {
  rows: number;
  columns: number;
  loadMillis: number;
  buildMillis: number;
  drawMillis: number;
  sortMillis: number;
  longTasks: number[];
  sortLongTasks: number[];
}

declare global {
  interface Window {
    benchLongTasks: { start: number; duration: number }[];
  }
}

async function matrixRun(browser: Browser, base: string, timeout: number): Promise<MatrixRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: LONG_TASK_RECORDER });
    await page.goto(base);
    // The overview's drawn nodes suffice: the graph's background fetches may go on (the matrix does not wait for them).
    await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0, undefined, { timeout, polling: 100 });
    // The default matrix (Central Asia) first, so the timed one starts from a panel at rest.
    await page.click('#tab-matrix');
    await page.locator('#panel-matrix .matrix-table td').first().waitFor({ timeout });
    const started = await page.evaluate(() => performance.now());
    await page.selectOption('#matrix-states', 'all');
    await page.locator('#panel-matrix .matrix-summary', { hasText: /^All states: / }).waitFor({ timeout });
    const figures = await page.evaluate((since) => {
      const last = (name: string) => performance.getEntriesByName(name).at(-1)?.duration ?? NaN;
      return {
        ended: performance.now(),
        rows: document.querySelectorAll('#panel-matrix tbody tr').length,
        columns: document.querySelectorAll('#panel-matrix thead button[data-sort]').length - 1,
        buildMillis: last('nexus:matrix-build'),
        drawMillis: last('nexus:matrix-draw'),
        longTasks: window.benchLongTasks.filter((task) => task.start >= since).map((task) => task.duration),
      };
    }, started);
    await page.waitForTimeout(300);
    const sortStarted = await page.evaluate(() => performance.now());
    const columnId = await page.locator('#panel-matrix thead button[data-sort]').nth(1).getAttribute('data-sort');
    await page.click(`#panel-matrix thead button[data-sort="${columnId}"]`);
    await page.waitForFunction((id) => document.querySelector(`#panel-matrix th:has(button[data-sort="${id}"])`)?.getAttribute('aria-sort') === 'ascending', columnId, { timeout });
    const sort = await page.evaluate((since) => {
      return { sortMillis: performance.getEntriesByName('nexus:matrix-draw').at(-1)?.duration ?? NaN, sortLongTasks: window.benchLongTasks.filter((task) => task.start >= since).map((task) => task.duration) };
    }, sortStarted);
    return { ...figures, loadMillis: figures.ended - started, ...sort };
  } finally {
    await context.close();
  }
}

export async function benchMatrix(browser: Browser, base: string, runs: number, timeout: number, say: (line: string) => void): Promise<void> {
  say(`Participation matrix, all states × treaties: ${runs} runs …`);
  const results: MatrixRun[] = [];
  for (let run = 0; run < runs; run += 1) results.push(await matrixRun(browser, base, timeout));
  const cell = (values: number[]) => `${median(values).toFixed(0)} (${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)})`.padStart(18);
  const longest = (lists: number[][]) => Math.max(0, ...lists.flat());
  console.log(`\nM. Participation matrix: ${results[0]!.rows} states × ${results[0]!.columns} treaties from the real API (${runs} runs; ms, median (min–max))`);
  console.log(`   load: selecting "All states" → table drawn (every column paged through the API, 4 at a time);`);
  console.log(`   build/draw: the client's nexus:matrix-build and nexus:matrix-draw measures; long tasks: PerformanceObserver 'longtask'.`);
  console.log(`${'load'.padStart(18)}${'build'.padStart(18)}${'draw'.padStart(18)}${'sort + redraw'.padStart(18)}`);
  console.log(`${cell(results.map((run) => run.loadMillis))}${cell(results.map((run) => run.buildMillis))}${cell(results.map((run) => run.drawMillis))}${cell(results.map((run) => run.sortMillis))}`);
  console.log(`long tasks while loading: ${results.map((run) => run.longTasks.length).join(', ')} per run, longest ${longest(results.map((run) => run.longTasks)).toFixed(0)} ms;` +
    ` while sorting: ${results.map((run) => run.sortLongTasks.length).join(', ')}, longest ${longest(results.map((run) => run.sortLongTasks)).toFixed(0)} ms (goal: none over 200 ms)`);
}
