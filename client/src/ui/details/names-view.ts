import type { DisplayName } from '../../core/provenance/index.js';
import { h } from '../dom/element.js';

/** Names in other languages and scripts, each in its own language and direction (Arabic right to left). */
export function namesList(names: readonly DisplayName[], className: string): HTMLElement | null {
  if (names.length === 0) return null;
  return h(
    'ul',
    { class: `names ${className}` },
    names.map((name) =>
      h('li', {}, name.label ? h('span', { class: 'name-label' }, name.label) : null, h('span', { class: 'name-text', lang: name.lang ?? undefined, dir: name.dir }, name.text)),
    ),
  );
}
