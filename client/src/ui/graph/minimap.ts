import type { Core } from 'cytoscape';
import { KIND_STYLES } from '../../core/legend/index.js';
import { minimapTransform, type MinimapTransform } from '../../core/navigation/index.js';
import { oncePerFrame } from '../dom/schedule.js';

/**
 * A bird's-eye view for large graphs: every node as a dot in its kind's colour, the visible
 * part as a frame; pressing or dragging in it moves the view there. Hand-written (about eighty
 * lines) rather than a plug-in: it draws dots, not a second copy of the graph, so it stays cheap
 * at thousands of nodes.
 */
export function attachMinimap(canvas: HTMLCanvasElement, cy: Core, shown: () => boolean = () => true): { redraw(): void } {
  const context = canvas.getContext('2d');
  if (!context) return { redraw: () => undefined };
  const ratio = window.devicePixelRatio || 1;
  const width = canvas.clientWidth || 180;
  const height = canvas.clientHeight || 120;
  canvas.width = width * ratio;
  canvas.height = height * ratio;
  let transform: MinimapTransform | null = null;

  const draw = oncePerFrame(() => {
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, height);
    const nodes = cy.nodes(':visible');
    canvas.hidden = nodes.length === 0 || !shown();
    if (canvas.hidden) return;
    const extent = cy.extent();
    const box = nodes.boundingBox({ includeLabels: false });
    // The frame of the view counts too, so the frame never leaves the minimap.
    const x1 = Math.min(box.x1, extent.x1);
    const y1 = Math.min(box.y1, extent.y1);
    transform = minimapTransform({ x1, y1, w: Math.max(box.x2, extent.x2) - x1, h: Math.max(box.y2, extent.y2) - y1 }, { width, height });
    const radius = Math.max(1.5, Math.min(4, 30 * transform.scale));
    nodes.forEach((node) => {
      const point = transform!.toMinimap(node.position());
      context.fillStyle = KIND_STYLES[node.data('kind') as keyof typeof KIND_STYLES]?.colour ?? '#666';
      context.fillRect(point.x - radius / 2, point.y - radius / 2, radius, radius);
    });
    const topLeft = transform.toMinimap({ x: extent.x1, y: extent.y1 });
    const bottomRight = transform.toMinimap({ x: extent.x2, y: extent.y2 });
    context.strokeStyle = '#1d4ed8';
    context.lineWidth = 2;
    context.strokeRect(topLeft.x, topLeft.y, bottomRight.x - topLeft.x, bottomRight.y - topLeft.y);
  });

  const panTo = (event: PointerEvent) => {
    if (!transform) return;
    const rect = canvas.getBoundingClientRect();
    const model = transform.toModel({ x: event.clientX - rect.left, y: event.clientY - rect.top });
    cy.stop();
    cy.pan({ x: cy.width() / 2 - model.x * cy.zoom(), y: cy.height() / 2 - model.y * cy.zoom() });
  };
  canvas.addEventListener('pointerdown', (event) => {
    canvas.setPointerCapture(event.pointerId);
    panTo(event);
    const move = (moveEvent: PointerEvent) => panTo(moveEvent);
    canvas.addEventListener('pointermove', move);
    canvas.addEventListener('pointerup', () => canvas.removeEventListener('pointermove', move), { once: true });
  });

  cy.on('viewport add remove position style', draw);
  draw();
  return { redraw: draw };
}
