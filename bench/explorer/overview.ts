import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { median, percentile } from './figures.js';

/**
 * Point 6 of issue 13: the whole-network overview (every entity of every layer, ~1,525 nodes and
 * ~5,000 links) drawn by Cytoscape's canvas renderer, Cytoscape's WebGL renderer and sigma.js
 * (WebGL) on this machine's headless Chromium. Prints, per renderer: first draw, frames while
 * panning and while zooming (fps, frame-gap p50/p95), main-thread long tasks, and the bundle the
 * renderer adds. Cytoscape is timed in the explorer itself (toolbar → drawn); sigma in a blank
 * page given the very nodes, places and colours the canvas run drew, so its "first draw" holds
 * no fetch and no layout: compare it with Cytoscape's "draw" column.
 */

const RENDERERS = ['cytoscape canvas', 'cytoscape webgl', 'sigma.js (webgl)'] as const;
type Renderer = (typeof RENDERERS)[number];

interface Frames {
  intervals: number[];
  millis: number;
}

interface OverviewRun {
  /** Toolbar click → the overview's first frame with every node (fetch, layout and draw). */
  firstDraw: number | null;
  /** Of which: the pages of `network` read, and the layout in its worker. */
  network: number | null;
  layout: number | null;
  /** Layout received → the first frame drawn (adding elements, styling, drawing). */
  draw: number;
  nodes: number;
  edges: number;
  pan: Frames;
  zoom: Frames;
  /** Main-thread tasks over 50 ms from the click to the end of the zooming. */
  longTasks: number[];
}

/** Long tasks and the overview's marks, recorded from the start of the page. */
const RECORDER = `
globalThis.__name = (target) => target;
globalThis.benchLongTasks = [];
new PerformanceObserver((list) => { for (const entry of list.getEntries()) globalThis.benchLongTasks.push({ start: entry.startTime, duration: entry.duration }); })
  .observe({ type: 'longtask', buffered: true });
`;

declare global {
  interface Window {
    overviewCy: import('cytoscape').Core;
    benchLongTasks: { start: number; duration: number }[];
  }
}

/** Moves the camera on every animation frame for `millis` and records the gaps between frames. */
function moveFrames(page: Page, how: 'pan' | 'zoom', graph: 'cytoscape' | 'sigma', millis: number): Promise<Frames> {
  return page.evaluate(
    ({ how, graph, millis }) =>
      new Promise<Frames>((resolve) => {
        const move = (phase: number) => {
          if (graph === 'cytoscape') {
            const cy = window.overviewCy;
            if (how === 'pan') cy.panBy({ x: 6 * Math.cos(phase), y: 4 * Math.sin(phase) });
            else cy.zoom({ level: cy.zoom() * (1 + 0.02 * Math.sin(phase)), renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
          } else {
            const camera = (window as unknown as { benchSigma: { getCamera(): { getState(): { x: number; y: number; ratio: number }; setState(state: object): void } } }).benchSigma.getCamera();
            const state = camera.getState();
            if (how === 'pan') camera.setState({ x: state.x + 0.004 * Math.cos(phase), y: state.y + 0.003 * Math.sin(phase) });
            else camera.setState({ ratio: state.ratio * (1 + 0.02 * Math.sin(phase)) });
          }
        };
        const intervals: number[] = [];
        let first: number | null = null;
        let previous: number | null = null;
        const frame = (now: number) => {
          if (previous !== null) intervals.push(now - previous);
          previous = now;
          first ??= now;
          move(((now - first) / 1500) * 2 * Math.PI);
          if (now - first < millis) requestAnimationFrame(frame);
          else resolve({ intervals, millis: now - first });
        };
        requestAnimationFrame(frame);
      }),
    { how, graph, millis },
  );
}

/** The explorer with every layer shown, its overview opened from the toolbar and timed. */
async function cytoscapeRun(browser: Browser, base: string, webgl: boolean, moveMillis: number, timeout: number): Promise<OverviewRun & { drawn: DrawnNetwork }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: RECORDER });
    await page.goto(`${base}/${webgl ? '?renderer=webgl' : ''}`);
    // The first view drawn is enough: its links among hubs may load on in the background for long on a busy machine.
    // Right after the import a loaded machine's database can stall for minutes (the server then
    // fails fast until a probe succeeds): wait, and reload once, before calling it a failure.
    const firstView = () => page.waitForFunction(() => (window as unknown as { cy?: import('cytoscape').Core }).cy?.nodes().nonempty(), undefined, { timeout: timeout * 2, polling: 250 });
    await firstView().catch(async () => {
      await page.reload();
      await firstView();
    });
    // Every layer on, as the issue asks: the overview of every entity of all layers.
    const hidden = await page.$$eval('#legend button[data-dataset][aria-pressed="false"]', (buttons) => buttons.map((button) => button.getAttribute('data-dataset')!));
    for (const dataset of hidden) await page.click(`#legend button[data-dataset="${dataset}"]`);
    await page.waitForTimeout(1_000);
    const clicked = await page.evaluate(() => performance.now());
    await page.click('#network-overview-open');
    await page.waitForFunction(() => performance.getEntriesByName('nexus:overview-drawn').length > 0, undefined, { timeout, polling: 50 });
    const marks = await page.evaluate(
      () =>
        new Promise<{ laidOut: number; painted: number }>((resolve) =>
          // The frame after the one that drew the overview is when it is on screen.
          requestAnimationFrame(() => requestAnimationFrame((now) => resolve({ laidOut: performance.getEntriesByName('nexus:overview-laid-out')[0]!.startTime, painted: now }))),
        ),
    );
    const network = await page.evaluate((after) => {
      const reads = performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('/graphql') && entry.startTime >= after) as PerformanceResourceTiming[];
      return reads.length ? Math.max(...reads.map((read) => read.responseEnd)) - after : null;
    }, clicked);
    const layout = await page.evaluate(() => performance.getEntriesByName('nexus:overview-layout-millis')[0]?.duration ?? null);
    const size = await page.evaluate(() => ({ nodes: window.overviewCy.nodes().length, edges: window.overviewCy.edges().length }));
    const drawn = await page.evaluate(() => ({
      nodes: window.overviewCy.nodes().map((node) => ({ id: node.id(), ...node.position(), colour: String(node.style('background-color')) })),
      edges: window.overviewCy.edges().map((edge) => [edge.source().id(), edge.target().id()] as [string, string]),
    }));
    await page.waitForTimeout(500);
    const pan = await moveFrames(page, 'pan', 'cytoscape', moveMillis);
    const zoom = await moveFrames(page, 'zoom', 'cytoscape', moveMillis);
    const longTasks = await page.evaluate((after) => window.benchLongTasks.filter((task) => task.start >= after).map((task) => task.duration), clicked);
    return { firstDraw: marks.painted - clicked, network, layout, draw: marks.painted - marks.laidOut, ...size, pan, zoom, longTasks, drawn };
  } finally {
    await context.close();
  }
}

interface DrawnNetwork {
  nodes: { id: string; x: number; y: number; colour: string }[];
  edges: [string, string][];
}

/** sigma.js on the same drawing, in a blank page of the same origin (routed, so no server change). */
async function sigmaRun(browser: Browser, base: string, script: string, drawn: DrawnNetwork, moveMillis: number): Promise<OverviewRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: RECORDER });
    await page.route(`${base}/bench-sigma`, (route) =>
      route.fulfill({ contentType: 'text/html', body: `<!doctype html><html><body style="margin:0"><div id="sigma" style="width:1000px;height:630px"></div><script>${script}</script></body></html>` }),
    );
    await page.goto(`${base}/bench-sigma`);
    const started = await page.evaluate(() => performance.now());
    const construct = await page.evaluate((network) => window.benchSigmaDraw(network), drawn);
    const painted = await page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => requestAnimationFrame((now) => resolve(now)))));
    await page.waitForTimeout(500);
    const pan = await moveFrames(page, 'pan', 'sigma', moveMillis);
    const zoom = await moveFrames(page, 'zoom', 'sigma', moveMillis);
    const longTasks = await page.evaluate((after) => window.benchLongTasks.filter((task) => task.start >= after).map((task) => task.duration), started);
    return { firstDraw: null, network: null, layout: null, draw: Math.max(construct, painted - started), nodes: drawn.nodes.length, edges: drawn.edges.length, pan, zoom, longTasks };
  } finally {
    await context.close();
  }
}

/** sigma + graphology bundled and minified as Vite would ship them (esbuild), and their gzipped size. */
async function sigmaBundle(): Promise<{ script: string; raw: number; gzip: number }> {
  const result = await build({ entryPoints: ['bench/explorer/sigma-page.ts'], bundle: true, minify: true, format: 'iife', write: false, platform: 'browser', target: 'es2022' });
  const script = result.outputFiles[0]!.text;
  return { script, raw: Buffer.byteLength(script), gzip: gzipSync(script).length };
}

const fps = (frames: Frames[]) => frames.reduce((sum, run) => sum + run.intervals.length, 0) / (frames.reduce((sum, run) => sum + run.millis, 0) / 1000);
const gaps = (frames: Frames[]) => frames.flatMap((run) => run.intervals);

/**
 * Runs the three renderers `runs` times each (in turn, so the machine's load drifts on all
 * alike) and prints one table. `overviewBundle` is what the explorer's build ships for the
 * overview (Cytoscape is in the first view's bundle already).
 */
export async function measureOverview(browser: Browser, base: string, options: { runs: number; moveMillis: number; timeout: number; glRenderer: string; say: (line: string) => void }): Promise<void> {
  const { runs, moveMillis, timeout, glRenderer, say } = options;
  const sigma = await sigmaBundle();
  const results = new Map<Renderer, OverviewRun[]>(RENDERERS.map((renderer) => [renderer, []]));
  for (let run = 0; run < runs; run += 1) {
    const canvas = await cytoscapeRun(browser, base, false, moveMillis, timeout);
    results.get('cytoscape canvas')!.push(canvas);
    results.get('cytoscape webgl')!.push(await cytoscapeRun(browser, base, true, moveMillis, timeout));
    results.get('sigma.js (webgl)')!.push(await sigmaRun(browser, base, sigma.script, canvas.drawn, moveMillis));
    say(`overview run ${run + 1}: canvas first draw ${canvas.firstDraw?.toFixed(0)} ms (${canvas.nodes} nodes / ${canvas.edges} links)`);
  }
  const first = results.get('cytoscape canvas')![0]!;
  console.log(`\n4. The whole-network overview: every layer on, ${first.nodes} entities / ${first.edges} links; ${runs} run(s) per renderer, medians;`);
  console.log(`   pan and zoom: the camera moved on every animation frame for ${moveMillis / 1000} s each; fps = frames/s, p50/p95 = frame gaps in ms.`);
  console.log('   "first draw": toolbar click → the overview on screen (pages of `network` read, ForceAtlas2 in its worker, drawn);');
  console.log('   "draw": places known → first frame. sigma.js is given the canvas run\'s places and colours in a blank page: draw only.');
  console.log('   Long tasks: main-thread tasks > 50 ms from the click to the end of the zooming (count per run, longest ms).');
  console.log(`   WebGL here is software-rendered (${glRenderer}): the WebGL rows say nothing of a machine with a GPU.`);
  const header = ['renderer', 'first draw', 'network', 'layout', 'draw', 'pan fps', 'p50', 'p95', 'zoom fps', 'p50', 'p95', 'long', 'max'];
  const widths = [20, 11, 9, 8, 7, 9, 6, 6, 9, 6, 6, 6, 7];
  const line = (cells: string[]) => console.log(cells.map((cell, index) => (index === 0 ? cell.padEnd(widths[index]!) : cell.padStart(widths[index]!))).join(''));
  line(header);
  const ms = (values: (number | null)[]) => {
    const known = values.filter((value): value is number => value !== null);
    return known.length ? median(known).toFixed(0) : '–';
  };
  for (const renderer of RENDERERS) {
    const list = results.get(renderer)!;
    const pans = list.map((run) => run.pan);
    const zooms = list.map((run) => run.zoom);
    const longTasks = list.flatMap((run) => run.longTasks);
    line([
      renderer,
      ms(list.map((run) => run.firstDraw)),
      ms(list.map((run) => run.network)),
      ms(list.map((run) => run.layout)),
      ms(list.map((run) => run.draw)),
      fps(pans).toFixed(1),
      percentile(gaps(pans), 0.5).toFixed(1),
      percentile(gaps(pans), 0.95).toFixed(1),
      fps(zooms).toFixed(1),
      percentile(gaps(zooms), 0.5).toFixed(1),
      percentile(gaps(zooms), 0.95).toFixed(1),
      String(longTasks.length / list.length),
      longTasks.length ? Math.max(...longTasks).toFixed(0) : '0',
    ]);
  }
  console.log(`   Bundle added: Cytoscape's renderers 0 KiB (Cytoscape is in the first view already); sigma.js + graphology ${(sigma.raw / 1024).toFixed(1)} KiB raw, ${(sigma.gzip / 1024).toFixed(1)} KiB gzipped (esbuild, minified).`);
}
