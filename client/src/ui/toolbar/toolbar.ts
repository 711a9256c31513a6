import { LAYOUT_LABELS, LAYOUT_NAMES, SIZE_MODE_LABELS, SIZE_MODES, type LayoutName, type SizeMode, type ViewState } from '../../core/view/index.js';
import { byId, h, replaceChildren } from '../dom/element.js';
import type { Explorer } from '../explorer/explorer.js';
import { mountShare } from './share-link.js';

/** The view tools: layout, arrange again, zoom and fit, undo and redo, size by centrality, share. */
export function mountToolbar(explorer: Explorer): void {
  const layout = byId<HTMLSelectElement>('layout-select');
  const sizeBy = byId<HTMLSelectElement>('size-select');
  const undo = byId<HTMLButtonElement>('undo');
  const redo = byId<HTMLButtonElement>('redo');
  const share = byId<HTMLButtonElement>('share');
  const minimap = byId<HTMLButtonElement>('minimap-toggle');
  replaceChildren(layout, LAYOUT_NAMES.map((name) => h('option', { value: name }, LAYOUT_LABELS[name])));
  replaceChildren(sizeBy, SIZE_MODES.map((mode) => h('option', { value: mode }, SIZE_MODE_LABELS[mode])));

  layout.addEventListener('change', () => void explorer.setLayout(layout.value as LayoutName));
  sizeBy.addEventListener('change', () => void explorer.setSizeBy(sizeBy.value as SizeMode));
  byId('relayout').addEventListener('click', () => void explorer.relayout());
  byId('zoom-in').addEventListener('click', () => zoomBy(explorer, 1.25));
  byId('zoom-out').addEventListener('click', () => zoomBy(explorer, 0.8));
  byId('fit').addEventListener('click', () => explorer.cy.animate({ fit: { eles: explorer.cy.elements(':visible'), padding: 40 }, duration: 300 }));
  minimap.addEventListener('click', () => void explorer.setMinimap(!explorer.state.minimap));
  undo.addEventListener('click', () => void explorer.undo());
  redo.addEventListener('click', () => void explorer.redo());
  mountShare(share, explorer);

  const update = (state: ViewState) => {
    layout.value = state.layout;
    sizeBy.value = state.sizeBy;
    undo.disabled = !explorer.canUndo;
    redo.disabled = !explorer.canRedo;
    minimap.setAttribute('aria-pressed', String(state.minimap));
  };
  explorer.onChange(update);
  update(explorer.state);
}

export function zoomBy(explorer: Explorer, factor: number): void {
  const cy = explorer.cy;
  cy.stop();
  cy.animate({ zoom: { level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }, duration: 150 });
}
