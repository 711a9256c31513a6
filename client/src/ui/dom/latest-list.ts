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

/** One page of a list the API hands out a page at a time. */
export interface ListPage<T> {
  items: readonly T[];
  totalCount: number;
  /** Where the next page starts (`after`), or null on the last page. */
  nextCursor: string | null;
}

/**
 * A list read a page at a time (the review queue, the users): its first page again, then each
 * next page appended when `more` is pressed, each load the latest only (refreshLatest). `counted`
 * hears how many are shown of how many there are.
 */
export async function refreshPaged<T>(options: {
  list: HTMLElement;
  requests: LatestOnly;
  more: HTMLButtonElement;
  load: (after: string | null, signal: AbortSignal) => Promise<ListPage<T>>;
  item: (value: T) => HTMLElement;
  failure: (message: string) => Child;
  counted: (shown: number, totalCount: number) => void;
}): Promise<void> {
  const show = (after: string | null, shown: HTMLElement[]): Promise<void> =>
    refreshLatest(
      options.list,
      options.requests,
      (signal) => options.load(after, signal),
      (page) => {
        const items = [...shown, ...page.items.map(options.item)];
        options.counted(items.length, page.totalCount);
        options.more.hidden = page.nextCursor === null;
        options.more.onclick = () => void show(page.nextCursor, items);
        return items;
      },
      (message) => [...shown, options.failure(message)],
    );
  await show(null, []);
}
