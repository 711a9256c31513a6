import type { Core, LayoutOptions, NodeSingular } from 'cytoscape';
import { contains, fitViewport, type Insets } from '../../core/navigation/index.js';
import type { LayoutName } from '../../core/view/index.js';
import type { ForceLayoutRequest, ForceLayoutResponse } from './layout-protocol.js';

export interface LayoutStep {
  name: LayoutName;
  /** Incremental: only the ids in `moving` may move; the rest stays where the reader left it. */
  moving?: ReadonlySet<string>;
  /** Where to look afterwards: everything, the given elements, or leave the viewport alone. */
  fit: 'all' | 'none' | string[];
}

/**
 * How long the force layout may take before the worker is taken for dead: generous (the bench
 * lays out 2,000 nodes in under 5 s), since a slow machine must not lose its layout for nothing.
 */
const WORKER_DEADLINE_MILLIS = 10_000;
const WORKER_DEADLINE_PER_NODE_MILLIS = 10;

interface PendingLayout {
  resolve(response: ForceLayoutResponse): void;
  reject(error: Error): void;
}

/** Room left around what a fit shows, beyond what the graph's overlays cover (screen pixels). */
const FIT_PADDING = 40;

/** Above this many nodes, moving them to their places is drawn without animation. */
const ANIMATION_LIMIT = 600;
const ANIMATION_MILLIS = 450;

/**
 * Runs layouts without freezing the page: fCoSE in a worker, the others (which are linear and
 * fast) in place. A newer request supersedes an older one still running.
 */
export class LayoutRunner {
  private worker: Worker | undefined;
  private nextRequestId = 1;
  private readonly pending = new Map<number, PendingLayout>();
  private latest = 0;
  private readonly busyListeners = new Set<(busy: boolean) => void>();
  private readonly failureListeners = new Set<(message: string) => void>();

  /** `covered`: how much of the graph's edges its own overlays hide (the tools box), kept clear when fitting. */
  constructor(
    private readonly cy: Core,
    private readonly covered: () => Partial<Insets> = () => ({}),
  ) {}

  onBusy(listener: (busy: boolean) => void): void {
    this.busyListeners.add(listener);
  }

  /** Told when the force layout failed and a simpler arrangement stood in for it. */
  onFailure(listener: (message: string) => void): void {
    this.failureListeners.add(listener);
  }

  /** Starts the worker early, so its script loads while the first data is fetched. */
  warmUp(): void {
    this.forceWorker();
  }

  async run(step: LayoutStep): Promise<void> {
    const requestId = this.nextRequestId++;
    this.latest = requestId;
    this.emitBusy(true);
    try {
      if (step.name === 'fcose') await this.runForce(requestId, step);
      else await this.runBuiltIn(step.name);
      if (requestId === this.latest) this.fit(step.fit);
    } finally {
      if (requestId === this.latest) this.emitBusy(false);
    }
  }

  private async runForce(requestId: number, step: LayoutStep): Promise<void> {
    const nodes = this.cy.nodes();
    const request: ForceLayoutRequest = {
      requestId,
      nodes: nodes.map((node) => {
        const box = node.boundingBox({ includeLabels: true, includeOverlays: false });
        const size = Number(node.data('size')) || 30;
        return { id: node.id(), ...node.position(), width: Math.max(box.w, size), height: Math.max(box.h, size) };
      }),
      edges: this.cy.edges().map((edge) => ({ source: edge.source().id(), target: edge.target().id() })),
      fixed: nodes.filter((node) => node.locked() || (step.moving !== undefined && !step.moving.has(node.id()))).map((node) => node.id()),
      randomize: step.moving === undefined,
    };
    let response: ForceLayoutResponse;
    try {
      response = await this.askWorker(request);
      if (response.error) throw new Error(response.error);
    } catch (error) {
      // A worker that crashed, hung or failed must not hold up the explorer's steps: arrange without it.
      if (requestId !== this.latest) return;
      for (const listener of this.failureListeners) listener(`The force-directed layout failed (${(error as Error).message}), so a simpler arrangement is shown.`);
      await this.fallBack(step);
      return;
    }
    if (requestId !== this.latest) return;
    await this.moveTo((node) => response.positions[node.id()]);
  }

  /** Sends a request to the worker; rejects if it crashes, cannot be loaded, or does not answer in time. */
  private askWorker(request: ForceLayoutRequest): Promise<ForceLayoutResponse> {
    const deadline = WORKER_DEADLINE_MILLIS + WORKER_DEADLINE_PER_NODE_MILLIS * request.nodes.length;
    return new Promise<ForceLayoutResponse>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.discardWorker(new Error(`no answer from the layout worker in ${Math.round(deadline / 1000)} s`));
      }, deadline);
      this.pending.set(request.requestId, {
        resolve: (response) => (clearTimeout(timer), resolve(response)),
        reject: (error) => (clearTimeout(timer), reject(error)),
      });
      this.forceWorker().postMessage(request);
    });
  }

  /** Ends a worker taken for dead: every request it held fails, and the next layout starts a new one. */
  private discardWorker(error: Error): void {
    this.worker?.terminate();
    this.worker = undefined;
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const pending of waiting) pending.reject(error);
  }

  /**
   * Without the worker: newcomers keep the places they entered at (beside their neighbours);
   * a fresh layout is arranged in rings by degree, in the page (linear, so it cannot freeze it).
   */
  private async fallBack(step: LayoutStep): Promise<void> {
    if (step.moving !== undefined) return;
    await this.runBuiltIn('concentric');
  }

  private async runBuiltIn(name: Exclude<LayoutName, 'fcose'>): Promise<void> {
    const animate = this.cy.nodes().length <= ANIMATION_LIMIT;
    const layout = this.cy.layout({ ...builtInOptions(this.cy, name), nodeDimensionsIncludeLabels: true, animate, animationDuration: ANIMATION_MILLIS, fit: false } as LayoutOptions);
    const done = layout.promiseOn('layoutstop');
    layout.run();
    await done;
  }

  private async moveTo(position: (node: NodeSingular) => { x: number; y: number } | undefined): Promise<void> {
    const animate = this.cy.nodes().length <= ANIMATION_LIMIT;
    const layout = this.cy.layout({
      name: 'preset',
      positions: (node: NodeSingular) => position(node) ?? node.position(),
      animate,
      animationDuration: ANIMATION_MILLIS,
      animationEasing: 'ease-in-out-cubic',
      fit: false,
    } as LayoutOptions);
    const done = layout.promiseOn('layoutstop');
    layout.run();
    await done;
  }

  /**
   * Brings elements into view (a link's two ends for a link id), moving the camera only if they
   * are not all in sight already: what the reader asked for (a search hit, a link, an undone
   * step) must not stay off screen.
   */
  focus(ids: readonly (string | null)[]): void {
    const wanted = new Set<string>();
    for (const id of ids) {
      if (!id) continue;
      const element = this.cy.getElementById(id);
      if (element.empty()) continue;
      if (element.isEdge()) element.connectedNodes().forEach((node) => void wanted.add(node.id()));
      else wanted.add(id);
    }
    this.cy.resize();
    // What the reader asked for is centred even when it is already somewhere in sight.
    if (wanted.size) this.fit([...wanted], true);
  }

  private fit(fit: LayoutStep['fit'], evenIfInSight = false): void {
    if (fit === 'none') return;
    const elements = fit === 'all' ? this.cy.elements(':visible') : this.cy.nodes(':visible').filter((node) => fit.includes(node.id()));
    if (elements.empty()) return;
    const box = elements.boundingBox({ includeLabels: true });
    const covered = this.covered();
    const insets = { top: FIT_PADDING + (covered.top ?? 0), right: FIT_PADDING + (covered.right ?? 0), bottom: FIT_PADDING + (covered.bottom ?? 0), left: FIT_PADDING + (covered.left ?? 0) };
    // New nodes already in sight (and not under the tools) need no camera move.
    const extent = this.cy.extent();
    const zoom = this.cy.zoom();
    const inSight = { x1: extent.x1 + (covered.left ?? 0) / zoom, y1: extent.y1 + (covered.top ?? 0) / zoom, x2: extent.x2 - (covered.right ?? 0) / zoom, y2: extent.y2 - (covered.bottom ?? 0) / zoom };
    if (fit !== 'all' && !evenIfInSight && contains(inSight, box)) return;
    const maxZoom = fit === 'all' ? 1.5 : this.cy.zoom();
    const viewport = fitViewport(box, { width: this.cy.width(), height: this.cy.height() }, insets, maxZoom);
    this.cy.stop();
    this.cy.animate({ ...viewport, duration: 350, easing: 'ease-in-out-cubic' });
  }

  private forceWorker(): Worker {
    if (!this.worker) {
      this.worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module', name: 'force-layout' });
      this.worker.onmessage = (event: MessageEvent<ForceLayoutResponse>) => {
        const pending = this.pending.get(event.data.requestId);
        this.pending.delete(event.data.requestId);
        pending?.resolve(event.data);
      };
      // A script that fails to load, or an exception the worker did not catch.
      this.worker.onerror = (event: ErrorEvent) => {
        event.preventDefault();
        this.discardWorker(new Error(event.message || 'the layout worker stopped'));
      };
      this.worker.onmessageerror = () => this.discardWorker(new Error('the layout worker sent an unreadable answer'));
    }
    return this.worker;
  }

  private emitBusy(busy: boolean): void {
    for (const listener of this.busyListeners) listener(busy);
  }
}

function builtInOptions(cy: Core, name: Exclude<LayoutName, 'fcose'>): LayoutOptions {
  switch (name) {
    case 'concentric':
      return { name, concentric: (node: NodeSingular) => node.degree(false), levelWidth: () => 2, minNodeSpacing: 40, avoidOverlap: true } as LayoutOptions;
    case 'breadthfirst': {
      const selected = cy.$('node:selected');
      const roots = selected.nonempty() ? selected : cy.nodes().max((node) => node.degree(false)).ele;
      return { name, roots, directed: false, spacingFactor: 1.15, avoidOverlap: true, circle: false } as LayoutOptions;
    }
    case 'grid':
      return { name, avoidOverlap: true, avoidOverlapPadding: 24, condense: false, sort: (a: NodeSingular, b: NodeSingular) => `${a.data('kind')}${a.data('label')}`.localeCompare(`${b.data('kind')}${b.data('label')}`) } as LayoutOptions;
  }
}
