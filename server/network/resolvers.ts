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
    const rows = await context.runner.read(NETWORK_ENTITIES, { ...parameters, after: after.id, first });
    nodes = rows.map((row) => ({ id: row.id as string, name: row.name as string, kind: row.kind as string, datasetIds: row.datasets as string[] }));
    if (nodes.length > first) return page(nodes.slice(0, first), [], true, after);
  }
  const room = first - nodes.length;
  let edges: NetworkEdge[] = [];
  let more = false;
  if (room > 0) {
    const from = after.part === 'relation' ? after.from : '';
    const rows = await context.runner.read(NETWORK_RELATIONS, { ...parameters, afterFrom: from, afterId: after.part === 'relation' ? after.id : '', first: room });
    edges = rows.map((row) => ({
      id: row.id as string,
      type: row.type as string,
      fromId: row.from as string,
      toId: row.to as string,
      datasetIds: row.dataset ? [row.dataset as string] : [],
    }));
    more = edges.length > room;
    edges = edges.slice(0, room);
  } else {
    // The page is full of entities: whether relations follow is for the next page to find out.
    more = true;
  }
  return page(nodes, edges, more, after);
}

function page(nodes: NetworkNode[], edges: NetworkEdge[], hasNextPage: boolean, after: Position) {
  const positionOf = (edge: NetworkEdge): Position => ({ part: 'relation', from: edge.fromId, id: edge.id });
  const last: Position | null = edges.length ? positionOf(edges.at(-1)!) : nodes.length ? { part: 'entity', id: nodes.at(-1)!.id } : null;
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
