import type { ApiClient } from '../../api/client.js';
import { SEARCH, type SearchHit, type SearchResult } from '../../api/documents.js';
import type { EntityKind } from '../../core/model/index.js';
import { datasetShortName, matchedName, sortDatasets } from '../../core/provenance/index.js';
import { KIND_STYLES } from '../../core/legend/index.js';
import { LatestOnly } from '../../core/requests/index.js';
import { groupSuggestions } from '../../core/search/index.js';
import { h, replaceChildren } from '../dom/element.js';
import { kindSwatch } from '../dom/swatch.js';

export interface EntitySearchOptions {
  api: ApiClient;
  /** Visible label; the main search hides it visually but keeps it for screen readers. */
  label: string;
  placeholder: string;
  /** Only entities of these kinds (a question about an event offers events only). */
  kinds?: readonly EntityKind[];
  onChoose(hit: SearchHit): void;
  className?: string;
}

export interface EntitySearch {
  element: HTMLElement;
  input: HTMLInputElement;
  /** Shows a chosen entity's name without searching again. */
  setValue(text: string): void;
}

const DEBOUNCE_MILLIS = 180;
let instances = 0;

/**
 * Search as you type over names and aliases (an ARIA 1.2 combobox): debounced, stale answers
 * dropped, arrow keys move through the suggestions, Enter chooses, Escape closes. Each
 * suggestion shows the entity's kind, the datasets that assert it and, when it matched by
 * another name ("Казахстан → Kazakhstan"), that name in its own direction. An outcome
 * without suggestions (no match, a failure) is marked `outcome`, so that it is shown, not only announced.
 */
export function createEntitySearch(options: EntitySearchOptions): EntitySearch {
  const id = `entity-search-${++instances}`;
  const input = h('input', {
    id: `${id}-input`,
    type: 'search',
    role: 'combobox',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: options.placeholder,
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': `${id}-list`,
  });
  const list = h('ul', { id: `${id}-list`, role: 'listbox', class: 'suggestions', 'aria-label': `${options.label}: suggestions`, hidden: true });
  const message = h('div', { class: 'search-message', role: 'status', 'aria-live': 'polite' });
  const element = h(
    'div',
    { class: `entity-search ${options.className ?? ''}` },
    h('label', { for: input.id, class: options.className === 'main-search' ? 'visually-hidden' : 'field-label' }, options.label),
    input,
    list,
    message,
  );

  let hits: SearchHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const latest = new LatestOnly();

  function close(): void {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function render(): void {
    const option = (hit: SearchHit, index: number) =>
      h(
        'li',
        {
          id: `${id}-option-${index}`,
          role: 'option',
          'aria-selected': String(index === active),
          'data-id': hit.entity.id,
          onmousedown: (event: Event) => {
            event.preventDefault(); // keep focus in the input
            choose(index);
          },
        },
        kindSwatch(hit.entity.kind),
        suggestionText(hit),
      );
    // Many suggestions come under a heading per kind (ARIA groups); the arrow keys still go through them all, in the order drawn.
    const groups = groupSuggestions(hits);
    let index = 0;
    replaceChildren(
      list,
      groups
        ? groups.map((group) => {
            const headingId = `${id}-group-${group.kind}`;
            return h(
              'li',
              { role: 'group', 'aria-labelledby': headingId, class: 'suggestion-group' },
              h('div', { role: 'presentation', id: headingId, class: 'suggestion-heading' }, `${KIND_STYLES[group.kind].plural} (${group.hits.length})`),
              h('ul', { role: 'none' }, group.hits.map((hit) => option(hit, index++))),
            );
          })
        : hits.map(option),
    );
    list.hidden = hits.length === 0;
    input.setAttribute('aria-expanded', String(hits.length > 0));
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', `${id}-option-${active}`);
      list.querySelector(`#${id}-option-${active}`)?.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }

  function choose(index: number): void {
    const hit = hits[index];
    if (!hit) return;
    latest.cancel();
    message.classList.remove('loading');
    input.value = hit.entity.name;
    hits = [];
    close();
    message.textContent = '';
    options.onChoose(hit);
  }

  async function search(text: string): Promise<void> {
    const ticket = latest.next();
    message.textContent = 'Searching…';
    message.classList.add('loading');
    message.classList.remove('outcome');
    try {
      const result = await options.api.request<SearchResult>(SEARCH, { text, kinds: options.kinds ?? null }, `matches for “${text}”`, { signal: ticket.signal });
      if (!ticket.current) return; // a later keystroke has its own request
      // In the order they are drawn: grouped by kind when there are many.
      hits = groupSuggestions(result.search)?.flatMap((group) => group.hits) ?? result.search;
      active = hits.length ? 0 : -1;
      message.textContent = hits.length ? `${hits.length} ${hits.length === 1 ? 'match' : 'matches'}: use the arrow keys, Enter to choose.` : `No entity matches “${text}”.`;
      message.classList.toggle('outcome', hits.length === 0);
      render();
    } catch (error) {
      if (ticket.current) {
        message.textContent = `Search failed: ${(error as Error).message}`;
        message.classList.add('outcome');
      }
    } finally {
      if (ticket.current) message.classList.remove('loading');
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (!text) {
      latest.cancel();
      hits = [];
      message.textContent = '';
      message.classList.remove('outcome', 'loading');
      close();
      return;
    }
    timer = setTimeout(() => void search(text), DEBOUNCE_MILLIS);
  });

  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!hits.length) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      active = (active + step + hits.length) % hits.length;
      render();
    } else if (event.key === 'Enter') {
      if (active >= 0) {
        event.preventDefault();
        choose(active);
      }
    } else if (event.key === 'Escape') {
      if (!list.hidden) {
        event.preventDefault();
        event.stopPropagation();
        close();
      }
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
  input.addEventListener('focus', () => {
    if (hits.length) render();
  });

  return {
    element,
    input,
    setValue(text) {
      clearTimeout(timer);
      latest.cancel();
      message.classList.remove('loading');
      input.value = text;
      hits = [];
      close();
    },
  };
}

/** The name (the one that matched first, when it is another: "Казахстан → Kazakhstan"), then the kind and the datasets. */
function suggestionText(hit: SearchHit): HTMLElement {
  const matched = matchedName(hit.matched, hit.entity.name);
  const datasets = sortDatasets(hit.entity.datasets ?? []).map((dataset) => datasetShortName(dataset.id));
  return h(
    'span',
    { class: 'suggestion-text' },
    h(
      'span',
      { class: 'suggestion-name' },
      matched
        ? [
            h('span', { class: 'suggestion-matched', lang: hit.matchedName?.language ?? undefined, dir: matched.dir, title: 'The name that matched' }, matched.text),
            hit.matchedName?.quality === 'weak' ? h('span', { class: 'suggestion-weak', title: 'A weak alias: low quality, never used to identify' }, ' (weak alias)') : null,
            h('span', { class: 'suggestion-arrow', 'aria-label': 'is a name of' }, ' → '),
          ]
        : null,
      h('span', { class: 'suggestion-canonical' }, hit.entity.name),
    ),
    h('span', { class: 'suggestion-meta' }, hit.entity.kind, datasets.length ? ` · ${datasets.join(', ')}` : ''),
  );
}
