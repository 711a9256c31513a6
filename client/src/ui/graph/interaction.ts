import type { NodeSingular } from 'cytoscape';
import { nearestInDirection, type Direction } from '../../core/navigation/index.js';
import type { Explorer } from '../explorer/explorer.js';
import { zoomBy } from '../toolbar/toolbar.js';

const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/**
 * Pointer and keyboard use of the graph. Tap selects, double-tap expands. With the graph focused,
 * the arrow keys move the selection to the nearest node that way, Enter expands, P pins,
 * C collapses, Delete hides, Escape clears, + − 0 zoom and fit. Each move is announced.
 */
export function attachGraphInteraction(container: HTMLElement, announcer: HTMLElement, explorer: Explorer, onTapSelect: () => void): void {
  const cy = explorer.cy;
  cy.on('tap', 'node, edge', (event) => {
    explorer.select(event.target.id());
    onTapSelect();
  });
  cy.on('tap', (event) => {
    if (event.target === cy) {
      explorer.select(null);
      explorer.highlight(null);
    }
  });
  cy.on('dbltap', 'node', (event) => void explorer.expand(event.target.id()));
  cy.on('dragfree', 'node', () => explorer.sync.rememberPositions());

  const selectedNode = (): NodeSingular | null => {
    const selected = explorer.state.selected ? cy.getElementById(explorer.state.selected) : null;
    return selected?.nonempty() && selected.isNode() ? (selected as NodeSingular) : null;
  };

  const announce = (node: NodeSingular) => {
    const degree = node.connectedEdges(':visible').length;
    announcer.textContent = `${node.data('label')}, ${node.data('kind')}, ${degree} ${degree === 1 ? 'link' : 'links'} in view. Enter brings in its links.`;
  };

  const moveTo = (node: NodeSingular) => {
    explorer.select(node.id());
    const box = node.renderedBoundingBox({ includeLabels: false });
    if (box.x1 < 0 || box.y1 < 0 || box.x2 > cy.width() || box.y2 > cy.height()) cy.animate({ center: { eles: node }, duration: 200 });
    announce(node);
  };

  container.addEventListener('keydown', (event) => {
    if (event.target !== container || event.altKey || event.ctrlKey || event.metaKey) return;
    const node = selectedNode();
    const direction = ARROWS[event.key];
    if (direction) {
      event.preventDefault();
      const visible = cy.nodes(':visible');
      if (visible.empty()) return;
      if (!node) {
        const centre = { x: (cy.extent().x1 + cy.extent().x2) / 2, y: (cy.extent().y1 + cy.extent().y2) / 2 };
        moveTo(visible.min((candidate) => distance(candidate.position(), centre)).ele);
        return;
      }
      const next = nearestInDirection({ id: node.id(), ...node.position() }, visible.map((candidate) => ({ id: candidate.id(), ...candidate.position() })), direction);
      if (next) moveTo(cy.getElementById(next) as NodeSingular);
      else announcer.textContent = `No node further ${direction}.`;
      return;
    }
    const handled = keyAction(event.key, node, explorer);
    if (handled) event.preventDefault();
  });
}

function keyAction(key: string, node: NodeSingular | null, explorer: Explorer): boolean {
  switch (key) {
    case 'Enter':
      if (node) void explorer.expand(node.id());
      return !!node;
    case 'Delete':
    case 'Backspace':
      if (node) void explorer.hide([node.id()]);
      return !!node;
    case 'p':
    case 'P':
      if (node) void explorer.togglePin(node.id());
      return !!node;
    case 'c':
    case 'C':
      if (node) void explorer.collapse(node.id());
      return !!node;
    case 'Escape':
      explorer.select(null);
      explorer.highlight(null);
      return true;
    case '+':
    case '=':
      zoomBy(explorer, 1.25);
      return true;
    case '-':
      zoomBy(explorer, 0.8);
      return true;
    case '0':
      explorer.cy.animate({ fit: { eles: explorer.cy.elements(':visible'), padding: 40 }, duration: 300 });
      return true;
    default:
      return false;
  }
}

function distance(a: { x: number; y: number }, b: { x: number; y: number }): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

/** Page-wide shortcuts: Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y) undo and redo, "/" jumps to the search. */
export function attachShortcuts(explorer: Explorer, search: HTMLInputElement): void {
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    const typing = target.matches('input, textarea, select, [contenteditable]');
    if (typing) return;
    const modifier = event.ctrlKey || event.metaKey;
    if (modifier && event.key.toLowerCase() === 'z') {
      event.preventDefault();
      void (event.shiftKey ? explorer.redo() : explorer.undo());
    } else if (modifier && event.key.toLowerCase() === 'y') {
      event.preventDefault();
      void explorer.redo();
    } else if (event.key === '/' && !modifier) {
      event.preventDefault();
      search.focus();
    }
  });
}
