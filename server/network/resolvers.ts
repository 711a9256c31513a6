import { readQuery } from '../../cypher/index.js';
import { CURATED_DATASET } from '../../model/data-model.js';
import { BadInputError } from '../database/errors.js';
import type { RequestContext } from '../graphql/context.js';
import { decodeCursor, encodeCursor } from '../graphql/cursors.js';
import { checkDatasetIds } from '../graphql/dataset-ids.js';
import { checkRange } from '../graphql/limits.js';

const NETWORK_ENTITIES = readQuery('network-entities');
const NETWORK_RELATIONS = readQuery('network-relations');

/** Largest `first` of `network`: a few pages hold the wider nexus (1,500 entities, 5,000 relations). */
export const MAX_NETWORK_PAGE = 2_000;

/**
 * How many entities one page of a layer may walk past: a page's work is bounded by it, however
 * large the graph and however sparse the layer (such a page is short, and the next goes on).
 * Without a layer filter every entity counts, so the window is the page itself. Relations are
 * walked from a smaller window of entities, since each brings its own relations (ten on average
 * in the scale benchmark, all of a supernode's).
 */
export function scanWindow(first: number, filtered: boolean, part: 'entity' | 'relation' = 'entity'): number {
  if (!filtered) return first + 1;
  return part === 'entity' ? Math.min(Math.max(first * 20, 200), 20_000) : Math.min(Math.max(first * 2, 200), 5_000);
}

/** After every relation of the entity `from` (a relation id sorts before it). */
const AFTER_ALL_RELATIONS = '\uffff';

interface NetworkArguments {
  datasetIds?: string[] | null;
  first?: number | null;
  after?: string | null;
}

interface NetworkNode {
  id: string;
  name: string;
  kind: string;
  datasetIds: string[];
}

interface NetworkEdge {
  id: string;
  type: string;
  fromId: string;
  toId: string;
  datasetIds: string[];
}

/**
 * Where a network cursor points after: an entity (in id order), or a relation, in the order of
 * the entity it starts from (`from`), then of its own id.
 */
type Position = { part: 'entity'; id: string } | { part: 'relation'; from: string; id: string };

const encodePosition = (position: Position) =>
  encodeCursor('network', JSON.stringify(position.part === 'entity' ? [position.part, position.id] : [position.part, position.from, position.id]));

function decodePosition(cursor: string): Position {
  const value = decodeCursor('network', cursor, 'network');
  try {
    const parts: unknown = JSON.parse(value);
    if (Array.isArray(parts) && parts.every((part) => typeof part === 'string')) {
      if (parts[0] === 'entity' && parts.length === 2) return { part: 'entity', id: parts[1] as string };
      if (parts[0] === 'relation' && parts.length === 3) return { part: 'relation', from: parts[1] as string, id: parts[2] as string };
    }
  } catch {
    // Falls through to the refusal.
  }
  throw new BadInputError('network: "after" is not a cursor this field handed out; pass an endCursor from its pageInfo.');
}

/**
 * `network`: the entities of the datasets after the cursor, and once they run out in a page, the
 * relations from the start, so one page may hold the last entities and the first relations.
 */
async function network(_: unknown, args: NetworkArguments, context: RequestContext) {
  const first = checkRange('network', 'first', args.first ?? 1_000, 1, MAX_NETWORK_PAGE);
  const datasets = checkDatasetIds('network', args.datasetIds);
  const after: Position = args.after ? decodePosition(args.after) : { part: 'entity', id: '' };
  const parameters = { datasets, curated: CURATED_DATASET };
  let nodes: NetworkNode[] = [];
  if (after.part === 'entity') {
    const scan = scanWindow(first, datasets !== null);
    const [row] = await context.runner.read(NETWORK_ENTITIES, { ...parameters, after: after.id, first, scan });
    nodes = (row!.entities as Record<string, unknown>[]).map((entity) => ({
      id: entity.id as string,
      name: entity.name as string,
      kind: entity.kind as string,
      datasetIds: entity.datasets as string[],
    }));
    if (nodes.length > first) return page(nodes.slice(0, first), [], true, after);
    // The window ended before the entities did: the next page goes on from where it ended.
    if (Number(row!.scanned) === scan) return page(nodes, [], true, after, { part: 'entity', id: row!.lastScanned as string });
  }
  const room = first - nodes.length;
  if (room === 0) return page(nodes, [], true, after);
  const scan = scanWindow(room, datasets !== null, 'relation');
  const from = after.part === 'relation' ? after.from : '';
  const [row] = await context.runner.read(NETWORK_RELATIONS, { ...parameters, afterFrom: from, afterId: after.part === 'relation' ? after.id : '', first: room, scan });
  const edges: NetworkEdge[] = (row!.relations as Record<string, unknown>[]).map((relation) => ({
    id: relation.id as string,
    type: relation.type as string,
    fromId: relation.from as string,
    toId: relation.to as string,
    datasetIds: relation.dataset ? [relation.dataset as string] : [],
  }));
  if (edges.length > room) return page(nodes, edges.slice(0, room), true, after);
  if (Number(row!.scanned) === scan) {
    return page(nodes, edges, true, after, { part: 'relation', from: row!.lastScanned as string, id: AFTER_ALL_RELATIONS });
  }
  return page(nodes, edges, false, after);
}

/** `next`: where the next page starts when it is not after this page's last item (a window ended past it). */
function page(nodes: NetworkNode[], edges: NetworkEdge[], hasNextPage: boolean, after: Position, next?: Position) {
  const positionOf = (edge: NetworkEdge): Position => ({ part: 'relation', from: edge.fromId, id: edge.id });
  const last: Position | null = next ?? (edges.length ? positionOf(edges.at(-1)!) : nodes.length ? { part: 'entity', id: nodes.at(-1)!.id } : null);
  const firstItem: Position | null = nodes.length ? { part: 'entity', id: nodes[0]!.id } : edges.length ? positionOf(edges[0]!) : null;
  return {
    nodes,
    edges,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: after.id !== '' || after.part === 'relation',
      startCursor: firstItem ? encodePosition(firstItem) : null,
      endCursor: last ? encodePosition(last) : null,
    },
  };
}

export const networkResolvers = {
  Query: { network },
};
