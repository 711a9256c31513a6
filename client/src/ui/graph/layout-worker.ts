/// <reference lib="webworker" />
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { ForceLayoutRequest, ForceLayoutResponse } from './layout-protocol.js';

/**
 * fCoSE, off the main thread: it computes a large layout in one synchronous run, which in the
 * page would freeze scrolling, typing and panning for seconds.
 */
cytoscape.use(fcose);

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<ForceLayoutRequest>) => {
  const request = event.data;
  const started = performance.now();
  try {
    scope.postMessage({ requestId: request.requestId, positions: forceLayout(request), millis: performance.now() - started } satisfies ForceLayoutResponse);
  } catch (error) {
    scope.postMessage({ requestId: request.requestId, positions: {}, millis: 0, error: String(error) } satisfies ForceLayoutResponse);
  }
};

function forceLayout(request: ForceLayoutRequest): ForceLayoutResponse['positions'] {
  const ids = new Set(request.nodes.map((node) => node.id));
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(width)', height: 'data(height)' } }],
    // The constructor's default layout ('null') would move every node to (0, 0) and lose the places given.
    layout: { name: 'preset' },
    elements: [
      ...request.nodes.map((node) => ({ group: 'nodes' as const, data: { id: node.id, width: node.width, height: node.height }, position: { x: node.x, y: node.y } })),
      ...request.edges
        .filter((edge) => ids.has(edge.source) && ids.has(edge.target))
        .map((edge, index) => ({ group: 'edges' as const, data: { id: `e${index}`, source: edge.source, target: edge.target } })),
    ],
  });
  const fixed = request.fixed.filter((id) => ids.has(id));
  const large = request.nodes.length > 800;
  if (fixed.length < request.nodes.length) runForceLayout(cy, request.randomize, fixed, large);
  const positions: ForceLayoutResponse['positions'] = {};
  cy.nodes().forEach((node) => {
    positions[node.id()] = node.position();
  });
  cy.destroy();
  return positions;
}

function runForceLayout(cy: cytoscape.Core, randomize: boolean, fixed: string[], large: boolean): void {
  cy.layout({
    name: 'fcose',
    // Draft quality is the spectral step alone: a few hundred milliseconds for thousands of nodes.
    quality: large && randomize ? 'draft' : 'default',
    randomize,
    animate: false,
    fit: false,
    nodeDimensionsIncludeLabels: false,
    uniformNodeDimensions: false,
    packComponents: true,
    nodeRepulsion: () => 9000,
    idealEdgeLength: () => 110,
    edgeElasticity: () => 0.4,
    nodeSeparation: 90,
    numIter: large ? 600 : 2500,
    fixedNodeConstraint: fixed.length ? fixed.map((id) => ({ nodeId: id, position: { ...cy.getElementById(id).position() } })) : undefined,
  } as cytoscape.LayoutOptions).run();
}
