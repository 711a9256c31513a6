import type { ApiClient } from '../../api/client.js';
import { h, replaceChildren } from '../dom/element.js';
import { oncePerFrame } from '../dom/schedule.js';
import type { Explorer } from '../explorer/explorer.js';
import type { LayoutRunner } from '../graph/layouts.js';

const NOTICE_MILLIS = 8_000;

/**
 * The status line: what is in view, what is loading (every request says what it fetches), when a
 * layout is running, and the last thing that happened ("Added 6 entities linked to UNODC").
 */
export function mountStatusBar(container: HTMLElement, explorer: Explorer, api: ApiClient, layouts: LayoutRunner): void {
  const counts = h('span', { class: 'status-counts' });
  const activity = h('span', { class: 'status-activity', 'aria-live': 'polite' });
  const notice = h('span', { class: 'status-notice', role: 'status' });
  replaceChildren(container, counts, activity, notice);
  let loading: string[] = [];
  let arranging = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const renderActivity = () => {
    const parts = [...(arranging ? ['arranging the graph'] : []), ...loading.map((label) => `loading ${label}`)];
    activity.textContent = parts.length ? `${capitalise(parts.slice(0, 2).join(', '))}${parts.length > 2 ? ` and ${parts.length - 2} more` : ''}…` : '';
    activity.classList.toggle('busy', parts.length > 0);
    document.body.classList.toggle('is-busy', parts.length > 0);
  };
  api.onActivity((items) => {
    loading = [...new Set(items.map((item) => item.label))];
    renderActivity();
  });
  layouts.onBusy((busy) => {
    arranging = busy;
    renderActivity();
  });
  explorer.onNotice((message) => {
    notice.textContent = message;
    clearTimeout(timer);
    timer = setTimeout(() => (notice.textContent = ''), NOTICE_MILLIS);
  });
  const renderCounts = oncePerFrame(() => {
    // What the reader sees: entities and links the legend hides are not "in view".
    const nodes = explorer.cy.nodes(':visible').not('.hub-group');
    const edges = explorer.cy.edges(':visible').not('.hub-group-link');
    const groups = explorer.cy.nodes('.hub-group').length;
    const hidden = explorer.cy.nodes().not('.hub-group').length - nodes.length;
    // As of a date, entities whose links did not hold then are hidden too: said apart from the legend's.
    const asOf = explorer.cy.nodes('.as-of-hidden').length;
    const hiddenBy = [hidden - asOf ? `${hidden - asOf} hidden by the legend` : '', asOf ? `${asOf} not linked then` : ''].filter(Boolean).join(', ');
    counts.textContent = explorer.cy.nodes().empty()
      ? 'The graph is empty: search for an actor to start.'
      : `${nodes.length} entities · ${edges.length} links${groups ? ` · ${groups} ${groups === 1 ? 'group' : 'groups'}` : ''} in view${hiddenBy ? ` (${hiddenBy})` : ''}`;
  });
  explorer.cy.on('add remove', renderCounts);
  explorer.onChange(renderCounts);
  renderCounts();
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
