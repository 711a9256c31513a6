/**
 * The explorer in headless Chromium against the real server, with Cytoscape's canvas renderer
 * and its WebGL renderer (`?renderer=webgl`) side by side in the same run; prints:
 *   - the client bundle's sizes, raw and gzipped;
 *   - navigation → first drawn graph and → first layout settled, on the seeded data;
 *   - a double-tap expand answered with a synthetic 2,000-node / 4,000-edge neighbourhood:
 *     → response, → all nodes drawn, → force layout (in its worker) applied;
 *   - panning at that size: frames/s and frame-time percentiles, and the ratio WebGL / canvas.
 *
 *   npm run bench:explorer        (BENCH_RUNS=5 cold loads, BENCH_LARGE_RUNS=3 expands per
 *                                  renderer, BENCH_PAN_SECONDS=3 per view)
 *   BENCH_CLIENT_REVISION=HEAD npm run bench:explorer    the client as committed, not the working tree
 *   BENCH_ONLY=matrix npm run bench:explorer             only the participation matrix (all states × treaties)
 *   BENCH_ONLY=as-of npm run bench:explorer              only the ATT as of a date: one step and a whole play
 *   BENCH_ONLY=overview npm run bench:explorer           only the whole-network overview (canvas, WebGL, sigma.js; BENCH_OVERVIEW_RUNS=2)
 *   BENCH_ONLY=hubs npm run bench:explorer               only the hubs: the Al-Qaida regime opened as groups, then all its members added
 *
 * Starts its own Neo4j (neo4j-local), seeds it and imports the reference data (REFERENCE_DATA_DIR),
 * unless NEO4J_URI names one already filled.
 * Gives up after BENCH_TIME_LIMIT_MINUTES (20) and always stops what it started.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startLocalNeo4j } from '../neo4j-local/local-neo4j.js';
import { formatSummary, seedDatabase } from '../seed/index.js';
import { importReferenceData, referenceDataDir } from '../seed/reference/index.js';
import { readConfig } from '../server/config.js';
import { startServer } from '../server/start-server.js';
import { launchBrowser } from '../tests/support/browser.js';
import { freePort } from '../tests/support/ports.js';
import { printAsOfBench } from './explorer/as-of.js';
import { buildClient, bundleSizes } from './explorer/client-bundle.js';
import { kib, median, percentile, ratio, spread } from './explorer/figures.js';
import { benchMatrix } from './explorer/matrix.js';
import { measureOverview } from './explorer/overview.js';
import { stubSyntheticGraph } from './explorer/graphql-stub.js';
import { printHubsBench } from './explorer/hubs.js';
import {
  describePage,
  expandAndTime,
  firstGraphTimes,
  panFrames,
  preparePage,
  rendererInfo,
  showView,
  waitUntilQuiet,
  type ExpandTimes,
  type FirstGraphTimes,
  type PanFrames,
  type View,
} from './explorer/page-probes.js';
import { CENTRE_ID, syntheticNeighbourhood } from './explorer/synthetic-subgraph.js';

const FIRST_GRAPH_RUNS = Number(process.env.BENCH_RUNS ?? 5);
const LARGE_RUNS = Number(process.env.BENCH_LARGE_RUNS ?? 3);
const PAN_MILLIS = Number(process.env.BENCH_PAN_SECONDS ?? 3) * 1000;
const CLIENT_REVISION = process.env.BENCH_CLIENT_REVISION || undefined;
const TIME_LIMIT_MILLIS = Number(process.env.BENCH_TIME_LIMIT_MINUTES ?? 20) * 60_000;
const LARGE = { nodes: 2_000, edges: 4_000 };
const STEP_TIMEOUT_MILLIS = 120_000;
const VIEWPORT = { width: 1280, height: 800 };
const RENDERERS = ['canvas', 'webgl'] as const;
type Renderer = (typeof RENDERERS)[number];
const VIEWS: readonly View[] = ['whole graph', 'zoom 1'];
const say = (line: string) => console.log(`[bench] ${line}`);
/** BENCH_ONLY=matrix (comma-separated) runs only those probes; unset, every figure. */
const ONLY = (process.env.BENCH_ONLY ?? '').split(',').filter(Boolean);
const runsPart = (part: string) => ONLY.length === 0 || ONLY.includes(part);

/** What was started, stopped in reverse order on success, failure, a signal or the time limit. */
const stops: (() => Promise<void>)[] = [];
let stopping: Promise<void> | undefined;
function stopAll(): Promise<void> {
  stopping ??= (async () => {
    for (const stop of stops.reverse()) await stop().catch((error: unknown) => console.error(`[bench] clean-up: ${String(error)}`));
  })();
  return stopping;
}
const abandon = (reason: string, code: number) => {
  console.error(`[bench] ${reason}: stopping.`);
  void stopAll().finally(() => process.exit(code));
};
setTimeout(() => abandon(`time limit of ${TIME_LIMIT_MILLIS / 60_000} min reached`, 1), TIME_LIMIT_MILLIS).unref();
process.once('SIGINT', () => abandon('interrupted', 130));
process.once('SIGTERM', () => abandon('terminated', 143));

/** Alternates which renderer goes first, so a drift in the machine's load weighs on both alike. */
const inTurn = (run: number): readonly Renderer[] => (run % 2 === 0 ? RENDERERS : [...RENDERERS].reverse());
const address = (base: string, renderer: Renderer, query = '') => {
  const parameters = [query, renderer === 'webgl' ? 'renderer=webgl' : ''].filter(Boolean).join('&');
  return `${base}/${parameters ? `?${parameters}` : ''}`;
};

async function inFreshPage<T>(browser: Browser, task: (page: Page) => Promise<T>): Promise<T> {
  // A fresh context per run: a cold cache and no state left by the run before.
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await preparePage(page);
    try {
      return await task(page);
    } catch (error) {
      // A timeout alone does not say why: the client's own errors usually do.
      const errors = pageErrors.length ? `\nErrors in the page:\n${pageErrors.join('\n')}` : '';
      throw new Error(`${String(error)}\nThe page: ${await describePage(page)}${errors}`);
    }
  } finally {
    await context.close();
  }
}

interface LargeRun {
  times: ExpandTimes;
  pans: Map<View, PanFrames & { zoom: number; nodesInView: number }>;
  webgl: boolean;
}

async function largeGraphRun(browser: Browser, base: string, renderer: Renderer, neighbourhood: ReturnType<typeof syntheticNeighbourhood>): Promise<LargeRun> {
  return inFreshPage(browser, async (page) => {
    await stubSyntheticGraph(page, neighbourhood);
    await page.goto(address(base, renderer, `nodes=${CENTRE_ID}`));
    await page.waitForFunction((id) => window.cy?.getElementById(id).nonempty(), CENTRE_ID, { timeout: STEP_TIMEOUT_MILLIS });
    await waitUntilQuiet(page, 500, STEP_TIMEOUT_MILLIS);
    const { webgl } = await rendererInfo(page);
    const times = await expandAndTime(page, CENTRE_ID, LARGE.nodes, STEP_TIMEOUT_MILLIS);
    // The background fetches of links among the newcomers finish before the pans are timed.
    await waitUntilQuiet(page, 1_000, STEP_TIMEOUT_MILLIS);
    const drawn = await page.evaluate(() => ({ nodes: window.cy.nodes().length, edges: window.cy.edges().length }));
    // A benchmark of a half-drawn graph would measure nothing.
    if (drawn.nodes !== LARGE.nodes || drawn.edges !== LARGE.edges) throw new Error(`Expected ${LARGE.nodes} nodes / ${LARGE.edges} edges, drew ${drawn.nodes} / ${drawn.edges}.`);
    const pans = new Map<View, PanFrames & { zoom: number; nodesInView: number }>();
    for (const view of VIEWS) {
      const shown = await showView(page, view);
      pans.set(view, { ...(await panFrames(page, PAN_MILLIS)), ...shown });
    }
    return { times, pans, webgl };
  });
}

try {
  const started = Date.now();
  const loadAtStart = loadavg()[0]!;
  // The build first: it is quick, and a broken client makes starting the rest pointless.
  const clientDirectory = mkdtempSync(join(tmpdir(), 'nexus-bench-client-'));
  stops.push(async () => rmSync(clientDirectory, { recursive: true, force: true }));
  say(`Building the client (vite build, as npm run build:client) from ${CLIENT_REVISION ? `git ${CLIENT_REVISION}` : 'the working tree'} …`);
  buildClient(clientDirectory, CLIENT_REVISION);
  let uri = process.env.NEO4J_URI;
  if (!uri) {
    const home = join(process.cwd(), '.neo4j', `bench-explorer-${process.pid}`);
    const neo4j = await startLocalNeo4j({ home, port: await freePort(), pageCacheMiB: 128, log: say });
    stops.push(async () => {
      await neo4j.stop();
      rmSync(home, { recursive: true, force: true });
    });
    uri = neo4j.uri;
    say(`Local Neo4j ready at ${uri} in ${(neo4j.startupMillis / 1000).toFixed(1)} s`);
  }
  const config = readConfig({ ...process.env, NEO4J_URI: uri, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
  const server = await startServer({ config, neo4jUri: uri, clientDirectory });
  stops.push(() => server.close());
  if (!process.env.NEO4J_URI) {
    console.log(formatSummary(await seedDatabase(server.executor)));
    // The wider nexus, as `npm start` serves it: the hubs, the overview and the matrices need it.
    const started = Date.now();
    await importReferenceData(server.executor, referenceDataDir());
    say(`Reference data imported in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const browser = await launchBrowser();
  stops.push(() => browser.close());
  const glRenderer = await inFreshPage(browser, async (page) => {
    await page.goto(address(server.url, 'webgl'));
    await page.waitForFunction(() => window.cy !== undefined);
    return rendererInfo(page);
  });

  if (runsPart('as-of')) await printAsOfBench(browser, server.url, say);
  if (runsPart('hubs')) await printHubsBench(browser, server.url, say);
  if (runsPart('matrix')) await benchMatrix(browser, server.url, Number(process.env.BENCH_MATRIX_RUNS ?? 3), STEP_TIMEOUT_MILLIS, say);
  if (runsPart('overview')) await measureOverview(browser, server.url, { runs: Number(process.env.BENCH_OVERVIEW_RUNS ?? 2), moveMillis: PAN_MILLIS, timeout: STEP_TIMEOUT_MILLIS, glRenderer: glRenderer.glRenderer, say });
  if (ONLY.length > 0) {
    say(`Done (BENCH_ONLY=${ONLY.join(',')}) in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
    await stopAll();
    process.exit(0);
  }

  const firstGraph = new Map<Renderer, FirstGraphTimes[]>(RENDERERS.map((renderer) => [renderer, []]));
  say(`First graph on the seeded data: ${FIRST_GRAPH_RUNS} cold loads per renderer …`);
  for (let run = 0; run < FIRST_GRAPH_RUNS; run += 1) {
    for (const renderer of inTurn(run)) {
      firstGraph.get(renderer)!.push(
        await inFreshPage(browser, async (page) => {
          await page.goto(address(server.url, renderer));
          return firstGraphTimes(page, STEP_TIMEOUT_MILLIS);
        }),
      );
    }
  }

  const neighbourhood = syntheticNeighbourhood(LARGE.nodes, LARGE.edges);
  const large = new Map<Renderer, LargeRun[]>(RENDERERS.map((renderer) => [renderer, []]));
  say(`Expand to ${LARGE.nodes} nodes / ${LARGE.edges} edges, then pan: ${LARGE_RUNS} runs per renderer …`);
  for (let run = 0; run < LARGE_RUNS; run += 1) {
    for (const renderer of inTurn(run)) {
      const result = await largeGraphRun(browser, server.url, renderer, neighbourhood);
      if (result.webgl !== (renderer === 'webgl')) throw new Error(`Asked for the ${renderer} renderer, Cytoscape ${result.webgl ? 'used' : 'did not use'} WebGL.`);
      large.get(renderer)!.push(result);
      say(`${renderer} run ${run + 1}: drawn ${result.times.drawn.toFixed(0)} ms, laid out ${result.times.laidOut.toFixed(0)} ms after the double-tap (fCoSE ${result.times.forceLayout?.toFixed(0) ?? '?'} ms)`);
    }
  }

  console.log(`\nExplorer performance: Chromium ${browser.version()} headless (${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'}), viewport ${VIEWPORT.width}×${VIEWPORT.height}.`);
  console.log(`Flags include --disable-gpu: WebGL runs on SwiftShader, a software rasteriser on the CPU (${glRenderer.glRenderer}),`);
  console.log('so the WebGL figures say nothing about a machine with a GPU.');
  console.log(`Load average (1 min) ${loadAtStart.toFixed(2)} at the start, ${loadavg()[0]!.toFixed(2)} at the end, on ${cpus().length} cores: above ${cpus().length}, other work`);
  console.log('(such as browser tests running alongside) competed for the CPU and the figures were taken under load: compare ratios, not absolutes.');

  const files = bundleSizes(clientDirectory);
  console.log(`\nClient bundle (vite build of ${CLIENT_REVISION ? `git ${CLIENT_REVISION}` : 'the working tree'}, assets/)\n${'file'.padEnd(40)}${'raw KiB'.padStart(10)}${'gzip KiB'.padStart(10)}`);
  for (const file of files) console.log(`${file.file.padEnd(40)}${kib(file.raw).padStart(10)}${kib(file.gzip).padStart(10)}`);
  const total = (size: (file: (typeof files)[number]) => number) => files.reduce((sum, file) => sum + size(file), 0);
  console.log(`${'total'.padEnd(40)}${kib(total((file) => file.raw)).padStart(10)}${kib(total((file) => file.gzip)).padStart(10)}`);

  console.log(`\n1. Seeded data, navigation → first draw with nodes, and → first layout settled (body loses is-busy);`);
  console.log(`   ${FIRST_GRAPH_RUNS} cold loads per renderer, ms: median (min–max). "client mark" is the client's own`);
  console.log(`   nexus:first-graph mark: Cytoscape's WebGL path never emits the render event it waits for.`);
  console.log(`${'renderer'.padEnd(12)}${'first graph'.padStart(20)}${'client mark'.padStart(20)}${'layout settled'.padStart(20)}`);
  for (const renderer of RENDERERS) {
    const runs = firstGraph.get(renderer)!;
    const marks = runs.flatMap((run) => (run.mark === null ? [] : [run.mark]));
    console.log(`${renderer.padEnd(12)}${spread(runs.map((run) => run.firstGraph)).padStart(20)}${spread(marks).padStart(20)}${spread(runs.map((run) => run.settled)).padStart(20)}`);
  }
  const medianOf = (renderer: Renderer, figure: 'firstGraph' | 'settled') => median(firstGraph.get(renderer)!.map((run) => run[figure]));
  console.log(`webgl / canvas: first graph ${ratio(medianOf('webgl', 'firstGraph'), medianOf('canvas', 'firstGraph'))}, settled ${ratio(medianOf('webgl', 'settled'), medianOf('canvas', 'settled'))}`);

  console.log(`\n2. Double-tap expand answered with a synthetic neighbourhood of ${LARGE.nodes} nodes / ${LARGE.edges} edges`);
  console.log(`   (page.route, ${(JSON.stringify(neighbourhood).length / 1024 / 1024).toFixed(1)} MB of JSON); ms after the double-tap, but "fCoSE in worker"`);
  console.log(`   is the layout's own compute time, part of the wait for "layout applied"; median (min–max) of ${LARGE_RUNS}`);
  console.log(`${'renderer'.padEnd(12)}${'response in'.padStart(16)}${'nodes drawn'.padStart(20)}${'fCoSE in worker'.padStart(20)}${'layout applied'.padStart(20)}`);
  for (const renderer of RENDERERS) {
    const runs = large.get(renderer)!;
    const known = (figure: 'response' | 'forceLayout') => runs.flatMap((run) => (run.times[figure] === null ? [] : [run.times[figure]]));
    const cells = [spread(known('response')).padStart(16), spread(runs.map((run) => run.times.drawn)).padStart(20), spread(known('forceLayout')).padStart(20), spread(runs.map((run) => run.times.laidOut)).padStart(20)];
    console.log(`${renderer.padEnd(12)}${cells.join('')}`);
  }

  console.log(`\n3. Panning at ${LARGE.nodes} nodes / ${LARGE.edges} edges: cy.panBy on every animation frame for ${PAN_MILLIS / 1000} s, ${LARGE_RUNS} runs pooled`);
  console.log('   fps: animation frames/s; draws/s and ms/draw: Cytoscape\'s own redraws and their main-thread time;');
  console.log('   p50…max: gaps between animation frames (16.7 ms is 60 fps).');
  console.log(`${'view'.padEnd(38)}${'renderer'.padEnd(10)}${'fps'.padStart(7)}${'draws/s'.padStart(9)}${'ms/draw'.padStart(9)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'max ms'.padStart(9)}`);
  const fps = new Map<string, number>();
  for (const view of VIEWS) {
    for (const renderer of RENDERERS) {
      const pans = large.get(renderer)!.map((run) => run.pans.get(view)!);
      const intervals = pans.flatMap((pan) => pan.intervals);
      const seconds = pans.reduce((sum, pan) => sum + pan.millis, 0) / 1000;
      const framesPerSecond = intervals.length / seconds;
      fps.set(`${view}/${renderer}`, framesPerSecond);
      const label = `${view} (zoom ${median(pans.map((pan) => pan.zoom)).toFixed(2)}, ${median(pans.map((pan) => pan.nodesInView)).toFixed(0)} in view)`;
      const draws = pans.reduce((sum, pan) => sum + pan.draws, 0);
      const drawMillis = pans.reduce((sum, pan) => sum + pan.drawMillis, 0);
      const cells = [framesPerSecond, draws / seconds, drawMillis / draws].map((value) => value.toFixed(1));
      const times = [0.5, 0.95, 0.99, 1].map((fraction) => percentile(intervals, fraction).toFixed(1).padStart(9));
      console.log(`${label.padEnd(38)}${renderer.padEnd(10)}${cells[0]!.padStart(7)}${cells[1]!.padStart(9)}${cells[2]!.padStart(9)}${times.join('')}`);
    }
  }
  console.log(VIEWS.map((view) => `webgl / canvas fps, ${view}: ${ratio(fps.get(`${view}/webgl`)!, fps.get(`${view}/canvas`)!)}`).join('; '));
  say(`Done in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
} finally {
  await stopAll();
}
