import type { ApiClient } from '../../api/client.js';
import { PATHS, type PathsResult } from '../../api/documents.js';
import type { GraphPath } from '../../core/graph/index.js';
import { LatestOnly } from '../../core/requests/index.js';
import { h, replaceChildren } from '../dom/element.js';
import type { Explorer } from '../explorer/explorer.js';
import { createEntitySearch } from '../search/entity-search.js';
import { pathElementIds, pathList } from './path-list.js';

export interface PathsPanel {
  /** Prefills the two ends (ids); with both, runs the search. */
  prefill(fromId: string | null, toId?: string | null): void;
  find(fromId: string, toId: string, maxLength?: number): Promise<GraphPath[]>;
}

/**
 * "How are these two linked?": pick two entities, see the shortest paths drawn and highlighted
 * in the graph and listed as sentences ("Canada — funds → training course — part of → …").
 */
export function mountPaths(container: HTMLElement, explorer: Explorer, api: ApiClient): PathsPanel {
  const ends: { from: string | null; to: string | null } = { from: null, to: null };
  const from = createEntitySearch({ api, label: 'From', placeholder: 'An actor, e.g. Canada', onChoose: (hit) => (ends.from = hit.entity.id) });
  const to = createEntitySearch({ api, label: 'To', placeholder: 'Another, e.g. SCO RATS', onChoose: (hit) => (ends.to = hit.entity.id) });
  // Typing again forgets the chosen entity until a suggestion is chosen anew.
  from.input.addEventListener('input', () => (ends.from = null));
  to.input.addEventListener('input', () => (ends.to = null));
  const maxLength = h('select', { id: 'paths-max-length' }, [2, 3, 4, 5, 6].map((length) => h('option', { value: length, selected: length === 4 }, `${length}`)));
  const results = h('div', { class: 'paths-results', 'aria-live': 'polite' });
  const form = h(
    'form',
    { class: 'paths-form', onsubmit: (event: Event) => (event.preventDefault(), void run()) },
    from.element,
    to.element,
    h('div', { class: 'form-row' }, h('label', { for: 'paths-max-length' }, 'At most '), maxLength, h('span', {}, ' steps')),
    h(
      'div',
      { class: 'form-row' },
      h('button', { type: 'submit', class: 'primary' }, 'Find paths'),
      h('button', { type: 'button', onclick: swap }, 'Swap'),
      h('button', { type: 'button', onclick: clear }, 'Clear highlight'),
    ),
  );
  const latest = new LatestOnly();
  replaceChildren(container, h('h2', {}, 'How are two entities linked?'), h('p', { class: 'hint' }, 'The shortest chains of links between them, through any entity.'), form, results);

  function swap(): void {
    [ends.from, ends.to] = [ends.to, ends.from];
    const fromText = from.input.value;
    from.setValue(to.input.value);
    to.setValue(fromText);
  }

  function clear(): void {
    latest.cancel();
    explorer.highlight(null);
    replaceChildren(results);
  }

  async function run(): Promise<void> {
    if (!ends.from || !ends.to) {
      replaceChildren(results, h('p', { class: 'error' }, 'Choose both ends from the suggestions first.'));
      return;
    }
    await find(ends.from, ends.to, Number(maxLength.value));
  }

  async function find(fromId: string, toId: string, length = Number(maxLength.value)): Promise<GraphPath[]> {
    replaceChildren(results, h('p', { class: 'loading', role: 'status' }, 'Looking for paths…'));
    const ticket = latest.next();
    try {
      const result = await api.request<PathsResult>(PATHS, { fromId, toId, maxLength: length, first: 10 }, 'the paths between them', { signal: ticket.signal });
      if (!ticket.current) return [];
      const paths = shortestOnly(result.paths);
      if (paths.length === 0) {
        replaceChildren(results, h('p', { class: 'empty' }, `No chain of at most ${length} links joins ${nameIn(fromId)} and ${nameIn(toId)}.`));
        return paths;
      }
      await explorer.show({ nodes: paths.flatMap((path) => path.nodes), edges: paths.flatMap((path) => path.edges) });
      if (!ticket.current) return [];
      const all = pathElementIds(paths);
      explorer.highlight(all);
      const list = pathList(paths, (path, button) => {
        const pressed = button.getAttribute('aria-pressed') === 'true';
        list.querySelectorAll('button[aria-pressed]').forEach((other) => other.setAttribute('aria-pressed', 'false'));
        button.setAttribute('aria-pressed', String(!pressed));
        explorer.highlight(pressed ? all : pathElementIds([path]));
      });
      const steps = `${paths[0]!.length} ${paths[0]!.length === 1 ? 'step' : 'steps'}`;
      replaceChildren(results, h('p', {}, `${paths.length === 1 ? 'The shortest path' : `${paths.length} shortest paths`} (${steps}), highlighted in the graph. Choose one to show it alone.`), list);
      results.scrollIntoView({ block: 'nearest' });
      return paths;
    } catch (error) {
      if (!ticket.current) return [];
      replaceChildren(results, h('p', { class: 'error' }, `Could not find paths: ${(error as Error).message}`));
      return [];
    }
  }

  function nameIn(id: string): string {
    return explorer.store.entities.get(id)?.name ?? id;
  }

  return {
    prefill(fromId, toId) {
      ends.from = fromId;
      from.setValue(fromId ? explorer.nameOf(fromId) : '');
      if (toId !== undefined) {
        ends.to = toId;
        to.setValue(toId ? explorer.nameOf(toId) : '');
      }
      if (ends.from && ends.to) void run();
      else (ends.from ? to : from).input.focus();
    },
    find,
  };
}

/** The API lists the k shortest routes, longer ones included; the question is which are shortest. */
function shortestOnly(paths: readonly GraphPath[]): GraphPath[] {
  const shortest = paths.reduce((least, path) => Math.min(least, path.length), Infinity);
  return paths.filter((path) => path.length === shortest);
}
