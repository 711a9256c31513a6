import type { RequestContext } from '../graphql/context.js';
import { decodeCursor, type CursorKind } from '../graphql/cursors.js';
import { checkRange } from '../graphql/limits.js';

export interface PageArguments {
  first?: number | null;
  after?: string | null;
}

/** Default `first` of the participation, membership and sanctions connections. */
export const DEFAULT_PAGE = 50;

/**
 * `first` checked, and the sort key `after` points after ('' for the first page): the queries
 * order their rows by a text key and read only those after it.
 */
export function pageArguments(field: string, kind: CursorKind, args: PageArguments, context: RequestContext) {
  const first = checkRange(field, 'first', args.first ?? DEFAULT_PAGE, 1, context.limits.maxPageSize);
  const after = args.after ? decodeCursor(kind, args.after, field) : null;
  return { first, after, key: after ?? '' };
}
