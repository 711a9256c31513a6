import type { NetworkGraph } from '../../core/network/index.js';
import type { OverviewLayoutAnswer } from './overview-layout-worker.js';

/** Longest wait for the worker: past it the overview says so rather than spinning forever. */
const LAYOUT_DEADLINE_MILLIS = 60_000;

/**
 * The overview's places, computed off the main thread (ForceAtlas2, core/network/force-layout.ts)
 * by a worker of its own, ended once it has answered, so the main graph's layouts never queue
 * behind the overview's.
 */
export function layOutNetwork(graph: NetworkGraph): Promise<Map<string, { x: number; y: number }>> {
  const started = performance.now();
  const worker = new Worker(new URL('./overview-layout-worker.ts', import.meta.url), { type: 'module', name: 'overview-layout' });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error('the layout took too long')), LAYOUT_DEADLINE_MILLIS);
    const finish = (error: Error | null, answer?: OverviewLayoutAnswer) => {
      clearTimeout(timer);
      worker.terminate();
      if (error) reject(error);
      else {
        // The worker's own compute time, for the benchmark (bench/explorer/overview.ts).
        performance.measure('nexus:overview-layout-millis', { start: started, duration: answer!.millis });
        resolve(new Map(Object.entries(answer!.positions)));
      }
    };
    worker.onmessage = (event: MessageEvent<OverviewLayoutAnswer>) => finish(event.data.error ? new Error(event.data.error) : null, event.data);
    worker.onerror = (event) => finish(new Error(event.message || 'the layout worker stopped'));
    // Only what the layout reads: ids and ends, structured-cloned.
    worker.postMessage({
      nodes: graph.nodes.map((node) => ({ id: node.id })),
      edges: graph.edges.map((edge) => ({ fromId: edge.fromId, toId: edge.toId })),
    });
  });
}
