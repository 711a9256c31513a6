export interface Box {
  x1: number;
  y1: number;
  w: number;
  h: number;
}

/** Maps the graph's model coordinates into a minimap canvas (and back), keeping the aspect ratio. */
export interface MinimapTransform {
  scale: number;
  toMinimap(point: { x: number; y: number }): { x: number; y: number };
  toModel(point: { x: number; y: number }): { x: number; y: number };
}

export function minimapTransform(graph: Box, canvas: { width: number; height: number }, padding = 6): MinimapTransform {
  const width = Math.max(graph.w, 1);
  const height = Math.max(graph.h, 1);
  const scale = Math.min((canvas.width - 2 * padding) / width, (canvas.height - 2 * padding) / height);
  // Centre the real extent: a zero-width graph (one point) sits in the middle, not at the edge.
  const offsetX = (canvas.width - Math.max(graph.w, 0) * scale) / 2 - graph.x1 * scale;
  const offsetY = (canvas.height - Math.max(graph.h, 0) * scale) / 2 - graph.y1 * scale;
  return {
    scale,
    toMinimap: ({ x, y }) => ({ x: x * scale + offsetX, y: y * scale + offsetY }),
    toModel: ({ x, y }) => ({ x: (x - offsetX) / scale, y: (y - offsetY) / scale }),
  };
}

/** Margins inside a viewport, in screen pixels: what covers its edges (a toolbox on the graph) plus room to breathe. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * The zoom and pan that show `box` (model coordinates) inside a viewport, never zooming in past
 * `maxZoom`: fitting two nodes should not blow them up to fill the screen. `padding` is the same
 * on every side, or given per side (more at the top where tools sit on the graph).
 */
export function fitViewport(
  box: Box,
  viewport: { width: number; height: number },
  padding: number | Insets,
  maxZoom: number,
): { zoom: number; pan: { x: number; y: number } } {
  const insets = typeof padding === 'number' ? { top: padding, right: padding, bottom: padding, left: padding } : padding;
  const free = { width: viewport.width - insets.left - insets.right, height: viewport.height - insets.top - insets.bottom };
  const zoom = Math.min(maxZoom, free.width / Math.max(box.w, 1), free.height / Math.max(box.h, 1));
  const centre = { x: box.x1 + box.w / 2, y: box.y1 + box.h / 2 };
  return { zoom, pan: { x: insets.left + free.width / 2 - centre.x * zoom, y: insets.top + free.height / 2 - centre.y * zoom } };
}

/** Whether a box lies wholly inside another (the viewport's extent, say). */
export function contains(outer: { x1: number; y1: number; x2: number; y2: number }, inner: { x1: number; y1: number; x2: number; y2: number }): boolean {
  return inner.x1 >= outer.x1 && inner.y1 >= outer.y1 && inner.x2 <= outer.x2 && inner.y2 <= outer.y2;
}
