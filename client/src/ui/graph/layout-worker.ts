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
  const movingCount = request.nodes.length - fixed.length;
  if (movingCount > 0 && fixed.length > 0 && movingCount > LARGE_STEP) placeBlockBeside(cy, new Set(fixed));
  else if (movingCount > 0) runForceLayout(cy, request.randomize, fixed, large);
  const positions: ForceLayoutResponse['positions'] = {};
  cy.nodes().forEach((node) => {
    positions[node.id()] = node.position();
  });
  cy.destroy();
  return positions;
}

/**
 * Above this many newcomers, refining them among fixed nodes costs fCoSE tens of seconds (measured
 * by bench/explorer-performance.ts: ~21 s for 2,000 nodes), while its draft (spectral) step alone
 * takes under a second but cannot honour fixed nodes.
 */
const LARGE_STEP = 500;

/**
 * A large expansion: the newcomers are laid out among themselves (draft quality) and the block is
 * set beside what the reader already placed, which does not move.
 */
function placeBlockBeside(cy: cytoscape.Core, fixed: ReadonlySet<string>): void {
  const placed = cy.nodes().filter((node) => fixed.has(node.id()));
  const moving = cy.nodes().difference(placed);
  moving
    .union(moving.edgesWith(moving))
    .layout({ name: 'fcose', quality: 'draft', randomize: true, animate: false, fit: false, packComponents: true, nodeSeparation: 90, idealEdgeLength: () => 110 } as cytoscape.LayoutOptions)
    .run();
  const placedBox = placed.boundingBox({});
  const movingBox = moving.boundingBox({});
  const gap = 150;
  const dx = placedBox.x2 + gap - movingBox.x1;
  const dy = (placedBox.y1 + placedBox.y2) / 2 - (movingBox.y1 + movingBox.y2) / 2;
  moving.forEach((node) => {
    const { x, y } = node.position();
    node.position({ x: x + dx, y: y + dy });
  });
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
