import { ApiError } from '../../api/client.js';
import type { LatestOnly } from '../../core/requests/latest-only.js';
import { replaceChildren, type Child } from './element.js';

/**
 * Fills a list (a dialog's proposals, investigations, users) with the answer to the latest load
 * only: an older answer that arrives late on a slow network is dropped, and a failure is shown
 * in the list's place rather than leaving "Loading…" for ever.
 */
export async function refreshLatest<T>(
  list: HTMLElement,
  requests: LatestOnly,
  load: (signal: AbortSignal) => Promise<T>,
  render: (answer: T) => Child | Child[],
  failure: (message: string) => Child | Child[],
): Promise<void> {
  const ticket = requests.next();
  list.setAttribute('aria-busy', 'true');
  try {
    const answer = await load(ticket.signal);
    if (!ticket.current) return;
    replaceChildren(list, render(answer));
  } catch (error) {
    if (!ticket.current) return;
    replaceChildren(list, failure(error instanceof ApiError ? error.message : 'It could not be loaded; try again.'));
  } finally {
    if (ticket.current) list.removeAttribute('aria-busy');
  }
}
