import type { Core, LayoutOptions, NodeSingular } from 'cytoscape';
import { contains, fitViewport } from '../../core/navigation/index.js';
import type { LayoutName } from '../../core/view/index.js';
import type { ForceLayoutRequest, ForceLayoutResponse } from './layout-protocol.js';

export interface LayoutStep {
  name: LayoutName;
  /** Incremental: only the ids in `moving` may move; the rest stays where the reader left it. */
  moving?: ReadonlySet<string>;
  /** Where to look afterwards: everything, the given elements, or leave the viewport alone. */
  fit: 'all' | 'none' | string[];
}

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
  private readonly pending = new Map<number, (response: ForceLayoutResponse) => void>();
  private latest = 0;
  private readonly busyListeners = new Set<(busy: boolean) => void>();

  constructor(private readonly cy: Core) {}

  onBusy(listener: (busy: boolean) => void): void {
    this.busyListeners.add(listener);
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
    const response = await new Promise<ForceLayoutResponse>((resolve) => {
      this.pending.set(requestId, resolve);
      this.forceWorker().postMessage(request);
    });
    if (requestId !== this.latest) return;
    if (response.error) throw new Error(`The force layout failed: ${response.error}`);
    await this.moveTo((node) => response.positions[node.id()]);
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

  private fit(fit: LayoutStep['fit']): void {
    if (fit === 'none') return;
    const elements = fit === 'all' ? this.cy.elements(':visible') : this.cy.nodes(':visible').filter((node) => fit.includes(node.id()));
    if (elements.empty()) return;
    const box = elements.boundingBox({ includeLabels: true });
    // New nodes already in sight need no camera move.
    if (fit !== 'all' && contains(this.cy.extent(), box)) return;
    const maxZoom = fit === 'all' ? 1.5 : this.cy.zoom();
    const viewport = fitViewport(box, { width: this.cy.width(), height: this.cy.height() }, 40, maxZoom);
    this.cy.stop();
    this.cy.animate({ ...viewport, duration: 350, easing: 'ease-in-out-cubic' });
  }

  private forceWorker(): Worker {
    if (!this.worker) {
      this.worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module', name: 'force-layout' });
      this.worker.onmessage = (event: MessageEvent<ForceLayoutResponse>) => {
        const resolve = this.pending.get(event.data.requestId);
        this.pending.delete(event.data.requestId);
        resolve?.(event.data);
      };
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
