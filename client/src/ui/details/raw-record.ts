import { measureRecord } from '../../core/provenance/index.js';
import { h } from '../dom/element.js';

/**
 * A reference record verbatim (a CSV line, an XML element's text) in a monospace block; a long
 * one is cut to its first lines (the whole text stays in the block, for copying and for screen
 * readers) with a button that shows all of it, scrollable. Text goes in as text, so the
 * record's markup is shown, never parsed.
 */
export function rawRecord(quote: string): HTMLElement {
  const measure = measureRecord(quote);
  const block = h('pre', { class: 'raw-record', tabindex: 0, title: 'The record as the file has it, byte for byte' }, quote);
  if (!measure.long) return h('div', { class: 'raw-record-frame' }, block);
  const toggle = h('button', { type: 'button', class: 'link-button show-all', 'aria-expanded': 'false' }, '');
  const size = measure.lines > 1 ? `${measure.lines} lines` : `${measure.characters.toLocaleString('en')} characters`;
  const show = (expanded: boolean) => {
    block.classList.toggle('collapsed', !expanded);
    toggle.setAttribute('aria-expanded', String(expanded));
    toggle.textContent = expanded ? 'Show less' : `Show all (${size})`;
  };
  toggle.addEventListener('click', () => show(toggle.getAttribute('aria-expanded') !== 'true'));
  show(false);
  return h('div', { class: 'raw-record-frame' }, block, toggle);
}
