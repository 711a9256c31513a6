import { pathSteps } from '../../core/paths/index.js';
import type { GraphPath } from '../../core/graph/index.js';
import { hopText } from '../../core/paths/index.js';
import { h } from '../dom/element.js';
import { kindSwatch } from '../dom/swatch.js';

/** Paths as sentences, each a button that highlights its path in the graph. */
export function pathList(paths: readonly GraphPath[], onChoose: (path: GraphPath, button: HTMLButtonElement) => void): HTMLElement {
  return h(
    'ol',
    { class: 'path-list' },
    paths.map((path) => {
      const button: HTMLButtonElement = h(
        'button',
        { type: 'button', class: 'path-sentence', 'aria-pressed': 'false', onclick: () => onChoose(path, button) },
        pathSteps(path).map((step) =>
          step.step === 'entity'
            ? h('span', { class: 'path-entity' }, kindSwatch(step.entity.kind, 14), step.entity.name)
            : h('span', { class: 'path-hop' }, ` ${hopText(step.links)} `),
        ),
      );
      return h('li', {}, h('span', { class: 'path-length' }, `${path.length} ${path.length === 1 ? 'step' : 'steps'}`), button);
    }),
  );
}

/** Every node and relation id of some paths, for highlighting. */
export function pathElementIds(paths: readonly GraphPath[]): string[] {
  return [...new Set(paths.flatMap((path) => [...path.nodes.map((node) => node.id), ...path.edges.map((edge) => edge.id)]))];
}
