import cytoscape, { type Core } from 'cytoscape';
import { graphStylesheet } from './stylesheet.js';

/**
 * The Cytoscape instance. `?renderer=webgl` switches on Cytoscape's WebGL renderer (measured in
 * bench/explorer-performance.ts); the canvas renderer is the default because it draws the labels
 * and dashed lines this legend depends on exactly, and is fast enough at the sizes the curated
 * graph reaches.
 */
export function createGraph(container: HTMLElement): Core {
  const webgl = new URLSearchParams(location.search).get('renderer') === 'webgl';
  const cy = cytoscape({
    container,
    style: graphStylesheet(),
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
    selectionType: 'single',
    pixelRatio: 'auto',
    ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
  } as cytoscape.CytoscapeOptions);
  // Browser tests and the benchmark assert through the graph API, never through pixels.
  (window as unknown as { cy: Core }).cy = cy;
  return cy;
}
