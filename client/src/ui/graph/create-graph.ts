import cytoscape, { type Core } from 'cytoscape';
import { graphStylesheet } from './stylesheet.js';

/**
 * The Cytoscape instance. `?renderer=webgl` opts in to Cytoscape's experimental WebGL renderer
 * (`renderer: { name: 'canvas', webgl: true }`, compared in bench/explorer-performance.ts). The
 * canvas renderer stays the default: it panned 2,000 nodes smoothly in the benchmark; the WebGL
 * one draws every line solid (it ignores `line-style`, which the legend uses to tell relation
 * types apart) and never emits the `render` event that the `nexus:first-graph` mark waits for.
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
