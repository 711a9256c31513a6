import cytoscape, { type Core, type StylesheetJson } from 'cytoscape';
import { KIND_STYLES, NODE_OUTLINE } from '../../core/legend/index.js';
import { ENTITY_KINDS } from '../../core/model/index.js';
import { fitViewport } from '../../core/navigation/index.js';
import type { NetworkGraph } from '../../core/network/index.js';
import { addInSlices } from '../graph/sliced-add.js';

/**
 * The overview's own Cytoscape instance: every entity of the shown layers at once, small and
 * coloured and shaped by kind as the legend says, links as thin straight lines. Drawn with the
 * canvas renderer, which bench/explorer/overview.ts measured against Cytoscape's WebGL renderer
 * and sigma.js (docs/explorer.md, "The overview and why its renderer"); `?renderer=webgl`
 * switches to WebGL, as for the main graph. While the reader pans or zooms, the canvas
 * renderer moves a snapshot of the drawing (`textureOnViewport`) instead of redrawing 6,500
 * elements per frame.
 */
export function createOverviewGraph(container: HTMLElement): Core {
  const webgl = new URLSearchParams(location.search).get('renderer') === 'webgl';
  const cy = cytoscape({
    container,
    style: overviewStylesheet(),
    minZoom: 0.02,
    maxZoom: 6,
    autoungrabify: true,
    boxSelectionEnabled: true,
    selectionType: 'additive',
    pixelRatio: 'auto',
    textureOnViewport: !webgl,
    ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
  } as cytoscape.CytoscapeOptions);
  // Browser tests and the benchmark assert through the graph API, never through pixels.
  (window as unknown as { overviewCy: Core }).overviewCy = cy;
  return cy;
}

/**
 * Entities and links in the first animation frame while the overview is drawn, and the time a
 * frame may take: the later slices are sized to it (sliced-add.ts). Drawing every link already
 * added takes most of a frame once there are thousands (bench/explorer/overview.ts), so links
 * come in large slices, in few frames.
 */
const NODE_PACE = { first: 200, budgetMillis: 150 };
const EDGE_PACE = { first: 1000, budgetMillis: 150 };
const FIT_PADDING = 30;

/**
 * Replaces what the overview shows, at the places the layout gave: the camera first (fitted to
 * the places, which needs no drawn element), then the entities and the links a slice per
 * animation frame, so that drawing 6,500 elements never holds the page for long. Returns false
 * when `stillWanted` said no before the last slice (a newer opening draws instead).
 */
export async function drawNetwork(cy: Core, graph: NetworkGraph, positions: ReadonlyMap<string, { x: number; y: number }>, stillWanted: () => boolean = () => true): Promise<boolean> {
  cy.elements().remove();
  const nodes = graph.nodes.map((node) => ({
    group: 'nodes' as const,
    data: { id: node.id, name: node.name, kind: node.kind },
    position: { ...(positions.get(node.id) ?? { x: 0, y: 0 }) },
  }));
  fitPlaces(cy, nodes.map((node) => node.position));
  const edges = graph.edges.map((edge) => ({ group: 'edges' as const, data: { id: edge.id, source: edge.fromId, target: edge.toId } }));
  return (await addInSlices(cy, nodes, NODE_PACE, stillWanted)) && stillWanted() && (await addInSlices(cy, edges, EDGE_PACE, stillWanted));
}

/** The camera that shows every place with a margin, as cy.fit would once the nodes are drawn (without measuring them). */
function fitPlaces(cy: Core, places: readonly { x: number; y: number }[]): void {
  if (places.length === 0) return;
  const xs = places.map((place) => place.x);
  const ys = places.map((place) => place.y);
  const [x1, x2, y1, y2] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  // Half a node beyond the outermost centres, where a node's box reaches.
  const viewport = fitViewport({ x1, y1, w: x2 - x1, h: y2 - y1 }, { width: cy.width(), height: cy.height() }, FIT_PADDING + 7, cy.maxZoom());
  cy.viewport(viewport);
}

function overviewStylesheet(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        width: 14,
        height: 14,
        'border-width': 1,
        'border-color': NODE_OUTLINE,
        label: 'data(name)',
        'font-size': 10,
        'font-family': 'DejaVu Sans, system-ui, sans-serif',
        color: '#1f2933',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        // Names appear only once zoomed in far enough (zoom 1.4) that they no longer pile up.
        'min-zoomed-font-size': 14,
      },
    },
    ...ENTITY_KINDS.map((kind) => ({
      selector: `node[kind = "${kind}"]`,
      style: { shape: KIND_STYLES[kind].shape, 'background-color': KIND_STYLES[kind].colour },
    })),
    {
      selector: 'node:selected',
      style: { width: 22, height: 22, 'border-width': 3, 'border-color': '#111827', 'min-zoomed-font-size': 0, 'font-weight': 'bold', 'z-index': 10 },
    },
    {
      selector: 'edge',
      style: { width: 0.6, 'curve-style': 'haystack', 'line-color': '#8a96a3', opacity: 0.55 },
    },
  ] as StylesheetJson;
}
