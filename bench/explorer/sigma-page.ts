import Graph from 'graphology';
import Sigma from 'sigma';

/**
 * The overview drawn with sigma.js + graphology instead of Cytoscape, for the benchmark only
 * (bench/explorer/overview.ts bundles this file with esbuild and loads it in a blank page): the
 * same nodes, places, kind colours and links the explorer's overview drew, so that the figures
 * compare renderers, not layouts.
 */
interface DrawnNetwork {
  nodes: { id: string; x: number; y: number; colour: string }[];
  edges: [string, string][];
}

declare global {
  interface Window {
    benchSigma?: Sigma;
    benchSigmaDraw(network: DrawnNetwork): number;
  }
}

window.benchSigmaDraw = (network) => {
  const started = performance.now();
  const graph = new Graph({ multi: true });
  for (const node of network.nodes) graph.addNode(node.id, { x: node.x, y: -node.y, size: 3, color: node.colour, label: node.id });
  for (const [from, to] of network.edges) graph.addEdge(from, to, { size: 0.5, color: '#b8c0c8' });
  const container = document.getElementById('sigma')!;
  window.benchSigma = new Sigma(graph, container, { settings: { renderEdgeLabels: false, labelRenderedSizeThreshold: 12 } });
  return performance.now() - started;
};
