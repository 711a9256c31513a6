import type { NetworkGraph } from '../../core/network/index.js';
import type { ForceLayoutRequest, ForceLayoutResponse } from '../graph/layout-protocol.js';

/** Longest wait for the worker: past it the overview says so rather than spinning forever. */
const LAYOUT_DEADLINE_MILLIS = 60_000;

/**
 * The overview's places, computed off the main thread by the explorer's force-layout worker
 * (fCoSE; above 800 nodes it runs its draft, spectral step, well under a second for the wider
 * nexus). A worker of its own, ended once it has answered, so the main graph's layouts never
 * queue behind the overview's.
 */
export function layOutNetwork(graph: NetworkGraph): Promise<Map<string, { x: number; y: number }>> {
  const worker = new Worker(new URL('../graph/layout-worker.ts', import.meta.url), { type: 'module', name: 'overview-layout' });
  const request: ForceLayoutRequest = {
    requestId: 1,
    nodes: graph.nodes.map((node) => ({ id: node.id, x: 0, y: 0, width: 14, height: 14 })),
    edges: graph.edges.map((edge) => ({ source: edge.fromId, target: edge.toId })),
    fixed: [],
    randomize: true,
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error('the layout took too long')), LAYOUT_DEADLINE_MILLIS);
    const finish = (error: Error | null, response?: ForceLayoutResponse) => {
      clearTimeout(timer);
      worker.terminate();
      if (error) reject(error);
      else resolve(new Map(Object.entries(response!.positions)));
    };
    worker.onmessage = (event: MessageEvent<ForceLayoutResponse>) =>
      finish(event.data.error ? new Error(event.data.error) : null, event.data);
    worker.onerror = (event) => finish(new Error(event.message || 'the layout worker stopped'));
    worker.postMessage(request);
  });
}
