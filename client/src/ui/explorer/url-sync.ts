import { decodeView, encodeView, sameView } from '../../core/view/index.js';
import type { Explorer } from './explorer.js';

/**
 * Keeps the address bar in step with the view: each step is a browser history entry (so back
 * and forward walk through them), a selection only rewrites the current one. A pasted link and
 * back/forward open the view the URL describes.
 */
export function syncUrl(explorer: Explorer): void {
  explorer.onChange((state, kind) => {
    if (kind === 'restore') return;
    const url = `${location.pathname}?${encodeView(state)}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (kind === 'step') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  });
  window.addEventListener('popstate', () => {
    const { state, hasNodes } = decodeView(location.search);
    // A fragment link (the "Skip to the graph" link) also fires popstate: the view has not changed, so no step is taken.
    if (hasNodes && !sameView(state, explorer.state)) void explorer.open(state, 'restore');
  });
}
