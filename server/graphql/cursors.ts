import { BadInputError } from '../database/errors.js';

/**
 * What a cursor points after: the key of the last item of a page in its connection's order (an
 * entity or relation id; an event's start date and id; a statement's place in its subject's
 * order; a position in a partner map, a search's ranking or a dataset's unresolved values; a
 * participation row's state and treaty, a membership spell's state, organisation and first
 * year, a sanctions entry's reference number and relation id, a network page's last entity or relation,
 * a saved investigation's last change and id, an account's login).
 */
export type CursorKind =
  | 'entity'
  | 'relation'
  | 'event'
  | 'partner-role'
  | 'search-hit'
  | 'mention'
  | 'statement'
  | 'unresolved-value'
  | 'participation'
  | 'membership'
  | 'sanctions-entry'
  | 'network'
  | 'investigation'
  | 'proposal'
  | 'audit-event'
  | 'user';

/**
 * Cursors are opaque to clients (base64url of the kind and the last id) so that the ordering
 * can change later without breaking them; the kind stops a cursor of one connection being
 * handed to another.
 */
export function encodeCursor(kind: CursorKind, id: string): string {
  return Buffer.from(JSON.stringify([kind, id]), 'utf8').toString('base64url');
}

/** The id a cursor points after; a cursor this API did not hand out is refused as BAD_USER_INPUT. */
export function decodeCursor(kind: CursorKind, cursor: string, field: string): string {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(decoded) && decoded.length === 2 && decoded[0] === kind && typeof decoded[1] === 'string') {
      return decoded[1];
    }
  } catch {
    // Falls through to the same message as a well-formed cursor of the wrong kind.
  }
  throw new BadInputError(`${field}: "after" is not a cursor this field handed out; pass an endCursor from its pageInfo.`);
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Connection<Node, Edge extends { node: Node }> {
  edges: (Edge & { cursor: string })[];
  nodes: Node[];
  pageInfo: PageInfo;
  totalCount: number | null;
}

export interface Page {
  first: number;
  /** The key decoded from `after`, or null for the first page. */
  after: string | null;
  /** How many items match over all pages; null where it cannot be known cheaply. */
  totalCount: number | null;
}

/**
 * Builds a Relay connection from one page fetched with one row more than asked for: that
 * extra row is how `hasNextPage` is known without a second query. `edgeOf` says what an edge
 * carries besides its cursor (at least the node). Cursors are getters, encoded only for the
 * fields a query asks for: most ask for `endCursor` alone.
 */
export function connectionOf<Row, Node, Edge extends { node: Node }>(
  kind: CursorKind,
  rows: readonly Row[],
  page: Page,
  edgeOf: (row: Row) => Edge,
  keyOf: (row: Row) => string = (row) => (row as { id: string }).id,
): Connection<Node, Edge> {
  const kept = rows.slice(0, page.first);
  const cursorOf = (row: Row | undefined) => (row !== undefined ? encodeCursor(kind, keyOf(row)) : null);
  const edges = kept.map((row) =>
    Object.defineProperty(edgeOf(row), 'cursor', { get: () => cursorOf(row), enumerable: true }) as Edge & { cursor: string },
  );
  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    pageInfo: {
      hasNextPage: rows.length > page.first,
      hasPreviousPage: page.after !== null,
      get startCursor() {
        return cursorOf(kept[0]);
      },
      get endCursor() {
        return cursorOf(kept.at(-1));
      },
    },
    totalCount: page.totalCount,
  };
}

/** Connections paged by position (the partner map, search hits): the offset a cursor points after. */
export function decodeOffsetCursor(kind: CursorKind, cursor: string | null | undefined, field: string): number {
  if (!cursor) return 0;
  const offset = Number(decodeCursor(kind, cursor, field));
  if (!Number.isInteger(offset) || offset < 0) {
    throw new BadInputError(`${field}: "after" is not a cursor this field handed out; pass an endCursor from its pageInfo.`);
  }
  return offset;
}

/** Rows of an offset-paged connection, keyed by their position (1-based) for their cursors. */
export function positioned<Row>(rows: readonly Row[], offset: number): (Row & { position: string })[] {
  return rows.map((row, index) => ({ ...row, position: String(offset + index + 1) }));
}
