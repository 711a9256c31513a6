import cytoscape, { type Core, type StylesheetJson } from 'cytoscape';
import { KIND_STYLES, NODE_OUTLINE } from '../../core/legend/index.js';
import { ENTITY_KINDS } from '../../core/model/index.js';
import type { NetworkGraph } from '../../core/network/index.js';

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

/** Replaces what the overview shows, at the places the layout gave. */
export function drawNetwork(cy: Core, graph: NetworkGraph, positions: ReadonlyMap<string, { x: number; y: number }>): void {
  cy.batch(() => {
    cy.elements().remove();
    cy.add([
      ...graph.nodes.map((node) => ({
        group: 'nodes' as const,
        data: { id: node.id, name: node.name, kind: node.kind },
        position: { ...(positions.get(node.id) ?? { x: 0, y: 0 }) },
      })),
      ...graph.edges.map((edge) => ({ group: 'edges' as const, data: { id: edge.id, source: edge.fromId, target: edge.toId } })),
    ]);
  });
  cy.fit(undefined, 30);
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
