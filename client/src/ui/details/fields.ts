import { h, type Child } from '../dom/element.js';

/** A definition list of the facts that are known; unknown ones are left out rather than shown empty. */
export function factList(facts: readonly [string, Child | Child[]][]): HTMLElement | null {
  const known = facts.filter(([, value]) => value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0));
  if (known.length === 0) return null;
  return h('dl', { class: 'facts' }, known.flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, ...(Array.isArray(value) ? value : [value]))]));
}

/** A highlighted note: a conflict between sources, or a doubt about them. */
export function notice(kind: 'conflict' | 'doubt', title: string, text: string): HTMLElement {
  return h('div', { class: `notice notice-${kind}`, role: 'note' }, h('strong', {}, title), ' ', text);
}
