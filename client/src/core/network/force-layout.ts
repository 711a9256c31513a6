import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';

/** What the layout reads of a network: its node ids and its links' ends. */
export interface LayoutInput {
  nodes: readonly { id: string }[];
  edges: readonly { fromId: string; toId: string }[];
}

export interface LayoutBudget {
  /** Most iterations of ForceAtlas2. */
  iterations: number;
  /** Stops after the batch of iterations that passes this many milliseconds. */
  millis: number;
}

/** Enough for the wider nexus to settle (measured: ~1 s in the worker on the shared machine). */
export const OVERVIEW_LAYOUT_BUDGET: LayoutBudget = { iterations: 400, millis: 2_500 };
const BATCH = 25;

/**
 * Places for every node of the network: ForceAtlas2 (Gephi's layout, as Gephi Lite runs it) with
 * the Barnes–Hut approximation, so each iteration costs n log n, and hubs' attraction spread
 * over their links (`outboundAttractionDistribution`), so a sanctions regime's 380 listings
 * make a ring round it rather than a ball on top of it. The start is a deterministic spiral, so
 * the same network is drawn the same way every time. (On tiny graphs ForceAtlas2 mixes the
 * leaves of two joined hubs; the overview's graph is the large one it is made for.) Pure and synchronous: the overview runs it
 * in a worker.
 */
export function forceLayout(network: LayoutInput, budget: LayoutBudget = OVERVIEW_LAYOUT_BUDGET, now: () => number = () => performance.now()): Map<string, { x: number; y: number }> {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  network.nodes.forEach((node, index) => {
    // A sunflower spiral: evenly spread, no two nodes in the same place.
    const radius = 10 * Math.sqrt(index + 1);
    const angle = index * 2.399963;
    graph.addNode(node.id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
  });
  for (const edge of network.edges) {
    if (edge.fromId !== edge.toId && graph.hasNode(edge.fromId) && graph.hasNode(edge.toId) && !graph.hasEdge(edge.fromId, edge.toId)) {
      graph.addEdge(edge.fromId, edge.toId);
    }
  }
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: graph.order > 300,
    outboundAttractionDistribution: true,
    scalingRatio: 8,
    gravity: 1,
  };
  const started = now();
  for (let done = 0; done < budget.iterations && now() - started < budget.millis; done += BATCH) {
    forceAtlas2.assign(graph, { iterations: Math.min(BATCH, budget.iterations - done), settings });
  }
  const positions = new Map<string, { x: number; y: number }>();
  graph.forEachNode((id, attributes) => positions.set(id, { x: attributes.x as number, y: attributes.y as number }));
  return positions;
}
