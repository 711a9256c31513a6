import type { Browser, Page } from 'playwright-core';
import { preparePage, waitUntilQuiet } from './page-probes.js';

/**
 * The hubs probe (issue 13, point 1): the UN Security Council's Al-Qaida sanctions regime (~380
 * listings) expanded as a reader does (double-tap), until its group nodes are drawn and laid
 * out; then every member of its groups added from the group lists (people, then organisations)
 * and laid out. Prints the times and the main thread's long tasks (PerformanceObserver
 * 'longtask', over 50 ms) during each step: their count and the longest.
 */
const AL_QAIDA = 'instrument:unsc-sanctions-al-qaida';
const GROUPS = [`group:LISTED_UNDER~in~Person~${AL_QAIDA}`, `group:LISTED_UNDER~in~Organization~${AL_QAIDA}`];
const TIMEOUT = 120_000;

declare global {
  interface Window {
    benchHubLongTasks?: number[];
  }
}

interface StepFigures {
  step: string;
  /** From the reader's action to the first frame painted with the result. */
  drawn: number;
  /** …to the page quiet again (layout computed and applied, background fetches done). */
  settled: number;
  nodes: number;
  longTasks: number[];
}

/** Two animation frames after `done` holds: the frame with the change in it has been painted. */
async function timeStep(page: Page, step: string, act: () => Promise<void>, done: (page: Page) => Promise<unknown>): Promise<StepFigures> {
  await page.evaluate(() => window.benchHubLongTasks!.splice(0));
  const started = await page.evaluate(() => performance.now());
  await act();
  await done(page);
  const drawn = await page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return performance.now();
  });
  await waitUntilQuiet(page, 1_000, TIMEOUT);
  // The quiet wait itself lasts a second past the last busy moment: that moment is when it settled.
  const settled = await page.evaluate(() => window.benchBusyDrops[window.benchBusyDrops.length - 1] ?? performance.now());
  return {
    step,
    drawn: drawn - started,
    settled: Math.max(settled, drawn) - started,
    nodes: await page.evaluate(() => window.cy.nodes().length),
    longTasks: await page.evaluate(() => window.benchHubLongTasks!.splice(0)),
  };
}

async function addWholeGroup(page: Page, groupId: string): Promise<StepFigures> {
  await page.evaluate((id) => {
    window.cy.getElementById(id).emit('tap');
  }, groupId);
  const addAll = page.locator(`.group-list[data-group="${groupId}"] .add-all:not([disabled])`);
  await addAll.waitFor({ timeout: TIMEOUT });
  const count = Number(/\((\d+)\)/.exec(await addAll.innerText())![1]);
  const before = await page.evaluate(() => window.cy.nodes().length);
  return timeStep(
    page,
    `add all ${count} of ${groupId.split('~')[2]}`,
    () => addAll.click(),
    (target) => target.waitForFunction((expected) => window.cy.nodes().length >= expected, before + count - 1, { timeout: TIMEOUT, polling: 20 }),
  );
}

export async function printHubsBench(browser: Browser, base: string, say: (line: string) => void): Promise<void> {
  say('Hubs: the Al-Qaida sanctions regime opened as groups, then every member added …');
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await preparePage(page);
    await page.goto(`${base}/?nodes=${AL_QAIDA}&select=${AL_QAIDA}`);
    await page.waitForFunction((id) => window.cy?.getElementById(id).nonempty(), AL_QAIDA, { timeout: TIMEOUT });
    await waitUntilQuiet(page, 1_000, TIMEOUT);
    await page.evaluate(() => {
      window.benchHubLongTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.benchHubLongTasks!.push(entry.duration);
      }).observe({ type: 'longtask' });
    });
    const steps = [
      await timeStep(
        page,
        'expand the hub → group view',
        () => page.evaluate((id) => void window.cy.getElementById(id).emit('dbltap'), AL_QAIDA),
        (target) => target.waitForFunction((ids) => ids.every((id) => window.cy.getElementById(id).nonempty()), GROUPS, { timeout: TIMEOUT, polling: 20 }),
      ),
    ];
    for (const group of GROUPS) steps.push(await addWholeGroup(page, group));

    console.log('\nHubs (issue 13, point 1): the Al-Qaida sanctions regime, canvas renderer; ms from the action to the');
    console.log('first frame painted with its result ("drawn") and to the page quiet again ("settled": layout applied);');
    console.log('long tasks: main-thread tasks over 50 ms during the step, their number and the longest.');
    console.log(`${'step'.padEnd(40)}${'drawn'.padStart(9)}${'settled'.padStart(10)}${'nodes'.padStart(8)}${'long tasks'.padStart(12)}${'longest'.padStart(10)}`);
    for (const step of steps) {
      const longest = step.longTasks.length ? Math.max(...step.longTasks).toFixed(0) : '—';
      console.log(`${step.step.padEnd(40)}${step.drawn.toFixed(0).padStart(9)}${step.settled.toFixed(0).padStart(10)}${String(step.nodes).padStart(8)}${String(step.longTasks.length).padStart(12)}${longest.padStart(10)}`);
    }
  } finally {
    await context.close();
  }
}
