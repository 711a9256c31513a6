import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';

/**
 * What the benchmark measures inside the page. The functions passed to `page.evaluate` run in
 * the browser, sent as source text, so they use nothing from this module but types: they reach
 * the graph through `window.cy` (set by create-graph.ts) and the recorder below through
 * `window.benchBusyDrops`.
 */

declare global {
  interface Window {
    cy: Core;
    /** performance.now() of every moment the body lost its `is-busy` class. */
    benchBusyDrops: number[];
    /** The end of the first draw of the graph after each change in its number of nodes. */
    benchDraws: { time: number; nodes: number }[];
    benchExpandStarted?: number;
    /** Every answer of the force-layout worker: when it arrived, and its own compute time. */
    benchForceLayouts: { time: number; millis: number }[];
  }
}

/**
 * Runs before the client's own scripts.
 * - tsx compiles this file with esbuild's keepNames, which wraps named functions in
 *   `__name(...)`; the functions sent to page.evaluate carry that call, so the page needs one.
 * - The status bar drops `is-busy` from the body once nothing loads and no layout runs; the
 *   observer notes when. A batch of records can hold both the drop and the next rise, so each
 *   record's old value is compared with the next one's.
 * - Draws are timed by wrapping the renderer's draw, caught as create-graph.ts hands the graph
 *   to `window.cy`: Cytoscape's WebGL path never emits the `render` event that the client's own
 *   `nexus:first-graph` mark waits for, so that mark exists with the canvas renderer only.
 * - The force-layout worker reports its own compute time with each answer (layout-protocol.ts):
 *   workers are made through a subclass that notes it.
 */
export const PAGE_RECORDER = `
globalThis.__name = (target) => target;
globalThis.benchBusyDrops = [];
globalThis.benchDraws = [];
new MutationObserver((records) => {
  const onBody = records.filter((record) => record.target === document.body);
  const after = [...onBody.slice(1).map((record) => record.oldValue ?? ''), document.body.className];
  onBody.forEach((record, index) => {
    const busyBefore = (record.oldValue ?? '').split(/\\s+/).includes('is-busy');
    const busyAfter = after[index].split(/\\s+/).includes('is-busy');
    if (busyBefore && !busyAfter) globalThis.benchBusyDrops.push(performance.now());
  });
}).observe(document, { subtree: true, attributes: true, attributeFilter: ['class'], attributeOldValue: true });
globalThis.benchForceLayouts = [];
globalThis.Worker = class extends globalThis.Worker {
  constructor(...args) {
    super(...args);
    this.addEventListener('message', (event) => {
      if (typeof event.data?.millis === 'number') globalThis.benchForceLayouts.push({ time: performance.now(), millis: event.data.millis });
    });
  }
};
let graph;
Object.defineProperty(globalThis, 'cy', {
  configurable: true,
  get: () => graph,
  set(value) {
    graph = value;
    let nodes = 0;
    let drawnNodes = 0;
    value.on('add', 'node', () => { nodes += 1; });
    value.on('remove', 'node', () => { nodes -= 1; });
    const renderer = value.renderer();
    const draw = renderer.render;
    renderer.render = function (...args) {
      const result = draw.apply(this, args);
      if (nodes !== drawnNodes) {
        drawnNodes = nodes;
        globalThis.benchDraws.push({ time: performance.now(), nodes });
      }
      return result;
    };
  },
});
`;

export async function preparePage(page: Page): Promise<void> {
  await page.addInitScript({ content: PAGE_RECORDER });
}

export interface FirstGraphTimes {
  /** Navigation → the first draw with nodes in it. */
  firstGraph: number;
  /** The client's own `nexus:first-graph` mark (canvas renderer only), as a cross-check. */
  mark: number | null;
  /** Navigation → the first moment after that draw when the page stopped being busy. */
  settled: number;
}

export async function firstGraphTimes(page: Page, timeout: number): Promise<FirstGraphTimes> {
  await page.waitForFunction(
    () => {
      const first = window.benchDraws.find((draw) => draw.nodes > 0);
      return first !== undefined && window.benchBusyDrops.some((time) => time > first.time);
    },
    undefined,
    { timeout, polling: 50 },
  );
  return page.evaluate(() => {
    const firstGraph = window.benchDraws.find((draw) => draw.nodes > 0)!.time;
    return {
      firstGraph,
      mark: performance.getEntriesByName('nexus:first-graph')[0]?.startTime ?? null,
      settled: window.benchBusyDrops.find((time) => time > firstGraph)!,
    };
  });
}

/** Waits until nothing has loaded or been laid out for `quietMillis` (background fetches included). */
export async function waitUntilQuiet(page: Page, quietMillis: number, timeout: number): Promise<void> {
  await page.waitForFunction(
    (quiet) => {
      const drops = window.benchBusyDrops;
      const lastDrop = drops[drops.length - 1] ?? 0;
      return !document.body.classList.contains('is-busy') && performance.now() - lastDrop > quiet;
    },
    quietMillis,
    { timeout, polling: 100 },
  );
}

export interface ExpandTimes {
  /** The neighbourhood's response fully received (resource timing), from the double-tap. */
  response: number | null;
  /** The first frame drawn with every node in it. */
  drawn: number;
  /** The force layout's compute time in its worker (part of the wait for laidOut). */
  forceLayout: number | null;
  /** The page no longer busy: the force layout computed and applied. */
  laidOut: number;
}

/** Double-taps a node, as a reader does to expand it, and times the answer's way onto the screen. */
export async function expandAndTime(page: Page, id: string, expectedNodes: number, timeout: number): Promise<ExpandTimes> {
  await page.evaluate((id) => {
    window.benchExpandStarted = performance.now();
    window.cy.getElementById(id).emit('dbltap');
  }, id);
  await page.waitForFunction(
    (expectedNodes) => {
      const drawn = window.benchDraws.find((draw) => draw.nodes >= expectedNodes);
      return drawn !== undefined && window.benchBusyDrops.some((time) => time > drawn.time);
    },
    expectedNodes,
    { timeout, polling: 50 },
  );
  return page.evaluate((expectedNodes) => {
    const started = window.benchExpandStarted!;
    const drawn = window.benchDraws.find((draw) => draw.nodes >= expectedNodes)!.time;
    const response = performance
      .getEntriesByType('resource')
      .find((entry) => entry.name.endsWith('/graphql') && entry.startTime >= started) as PerformanceResourceTiming | undefined;
    return {
      response: response ? response.responseEnd - started : null,
      drawn: drawn - started,
      forceLayout: window.benchForceLayouts.find((layout) => layout.time > started)?.millis ?? null,
      laidOut: window.benchBusyDrops.find((time) => time > drawn)! - started,
    };
  }, expectedNodes);
}

export type View = 'whole graph' | 'zoom 1';

/** The whole graph in view (labels too small to draw), or zoom 1 at its centre (labels drawn). */
export async function showView(page: Page, view: View): Promise<{ zoom: number; nodesInView: number }> {
  const shown = await page.evaluate((view) => {
    const { cy } = window;
    cy.stop();
    if (view === 'whole graph') cy.fit(undefined, 40);
    else {
      cy.zoom(1);
      cy.center();
    }
    const extent = cy.extent();
    const inView = cy.nodes().filter((node) => {
      const { x, y } = node.position();
      return x >= extent.x1 && x <= extent.x2 && y >= extent.y1 && y <= extent.y2;
    });
    return { zoom: cy.zoom(), nodesInView: inView.length };
  }, view);
  // Let the renderer rebuild its caches at the new zoom before frames are counted.
  await page.waitForTimeout(750);
  return shown;
}

export interface PanFrames {
  /** Gaps between animation frames while panning, in milliseconds. */
  intervals: number[];
  /** Times Cytoscape drew the graph during the pan, and the milliseconds those draws took. */
  draws: number;
  drawMillis: number;
  millis: number;
}

/** The renderer's own draw counters (public fields of Cytoscape's renderer, missing from its types). */
interface DrawCounters {
  redrawCount?: number;
  redrawTotalTime?: number;
}

/** Pans in a slow circle with cy.panBy on every animation frame, recording the frame gaps. */
export function panFrames(page: Page, millis: number): Promise<PanFrames> {
  return page.evaluate(
    (millis) =>
      new Promise<PanFrames>((resolve) => {
        const { cy } = window;
        const counters = (cy as unknown as { renderer(): DrawCounters }).renderer();
        const drawsBefore = counters.redrawCount ?? 0;
        const drawMillisBefore = counters.redrawTotalTime ?? 0;
        const intervals: number[] = [];
        let first: number | null = null;
        let previous: number | null = null;
        const frame = (now: number) => {
          if (previous !== null) intervals.push(now - previous);
          previous = now;
          first ??= now;
          const phase = ((now - first) / 1500) * 2 * Math.PI;
          cy.panBy({ x: 6 * Math.cos(phase), y: 4 * Math.sin(phase) });
          if (now - first < millis) requestAnimationFrame(frame);
          else {
            resolve({
              intervals,
              draws: (counters.redrawCount ?? 0) - drawsBefore,
              drawMillis: (counters.redrawTotalTime ?? 0) - drawMillisBefore,
              millis: now - first,
            });
          }
        };
        requestAnimationFrame(frame);
      }),
    millis,
  );
}

/** Whether Cytoscape draws with WebGL, and what the browser's WebGL really runs on. */
export function rendererInfo(page: Page): Promise<{ webgl: boolean; glRenderer: string }> {
  return page.evaluate(() => {
    // cy.renderer() is public but missing from @types/cytoscape.
    const renderer = (window.cy as unknown as { renderer(): { webgl?: boolean } }).renderer();
    const gl = document.createElement('canvas').getContext('webgl2');
    const debug = gl?.getExtension('WEBGL_debug_renderer_info');
    const glRenderer = !gl ? 'no WebGL 2' : debug ? String(gl.getParameter(debug.UNMASKED_RENDERER_WEBGL)) : String(gl.getParameter(gl.RENDERER));
    return { webgl: renderer.webgl === true, glRenderer };
  });
}

/** What the page shows, for an error message when a wait times out. */
export async function describePage(page: Page): Promise<string> {
  return page
    .evaluate(() => {
      const status = document.querySelector('#status')?.textContent?.trim() || '(empty)';
      const outage = document.querySelector('#outage')?.textContent?.trim() || 'none';
      return `status line: ${status}; outage: ${outage}; body class: "${document.body.className}"; nodes: ${window.cy?.nodes().length ?? 'no graph'}; draws: ${JSON.stringify(window.benchDraws)}; busy drops at: ${window.benchBusyDrops.map((time) => time.toFixed(0)).join(', ')}`;
    })
    .catch((error: unknown) => `(page not readable: ${String(error)})`);
}
