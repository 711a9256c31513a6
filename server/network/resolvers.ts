import { expandForEach, readQuery } from '../../cypher/index.js';
import { BadInputError } from '../database/errors.js';
import { CURATED_DATASET, RELATION_TYPES } from '../../model/data-model.js';
import type { RequestContext } from '../graphql/context.js';
import { decodeCursor, encodeCursor } from '../graphql/cursors.js';
import { checkDatasetIds } from '../graphql/dataset-ids.js';
import { checkRange } from '../graphql/limits.js';

const NETWORK_ENTITIES = readQuery('network-entities');
export const NETWORK_RELATIONS = expandForEach(readQuery('network-relations'), 'RELATION_TYPE', RELATION_TYPES);

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

/** Where a network cursor points after: the entities, then the relations, each in id order. */
type Position = { part: 'entity' | 'relation'; id: string };

const encodePosition = (position: Position) => encodeCursor('network', `${position.part}|${position.id}`);

function decodePosition(cursor: string): Position {
  const value = decodeCursor('network', cursor, 'network');
  const bar = value.indexOf('|');
  const part = value.slice(0, bar);
  if (part !== 'entity' && part !== 'relation') {
    throw new BadInputError('network: "after" is not a cursor this field handed out; pass an endCursor from its pageInfo.');
  }
  return { part, id: value.slice(bar + 1) };
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
    const rows = await context.runner.read(NETWORK_RELATIONS, { ...parameters, after: after.part === 'relation' ? after.id : '', first: room });
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
  const last: Position | null = edges.length ? { part: 'relation', id: edges.at(-1)!.id } : nodes.length ? { part: 'entity', id: nodes.at(-1)!.id } : null;
  const firstItem: Position | null = nodes.length ? { part: 'entity', id: nodes[0]!.id } : edges.length ? { part: 'relation', id: edges[0]!.id } : null;
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
