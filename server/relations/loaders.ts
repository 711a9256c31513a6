import DataLoader from 'dataloader';
import { expandForEach, readQuery } from '../../cypher/index.js';
import { RELATION_TYPES } from '../../model/data-model.js';
import type { QueryRunner } from '../database/executor.js';
import type { EntityNode, RelationRecord } from '../entities/graph-records.js';
import { supernodePlan, type Degrees } from './supernode-page.js';
import { inIdOrder } from '../entities/loaders.js';

const RELATIONS_BY_ID = expandForEach(readQuery('relations-by-id'), 'RELATION_TYPE', RELATION_TYPES);

/**
 * The ids to look up in each type's id index: an id `<TYPE>:…` only in its type's, one that
 * starts with no type of the model (an id the seed gave explicitly) in every type's.
 */
export function idsByType(ids: readonly string[]): Record<string, string[]> {
  const byType: Record<string, string[]> = Object.fromEntries(RELATION_TYPES.map((type) => [type, []]));
  for (const id of ids) {
    const prefix = id.slice(0, id.indexOf(':'));
    const types = prefix in byType ? [prefix] : RELATION_TYPES;
    for (const type of types) byType[type]!.push(id);
  }
  return byType;
}
export const RELATIONS_OF_ENTITIES = expandForEach(readQuery('relations-of-entities'), 'RELATION_TYPE', RELATION_TYPES);

/**
 * Up to this many relations, an entity's page is found by reading them all and sorting; beyond,
 * it is a supernode, paged per type and direction (see relations-of-supernode.cypher).
 */
export const DENSE_DEGREE = 250;

export type Direction = 'OUTGOING' | 'INCOMING' | 'BOTH';

/** Which page of whose relations: one `Entity.relations` field of one entity. */
export interface RelationsPageKey {
  entityId: string;
  direction: Direction;
  types: readonly string[] | null;
  first: number;
  /** The relation id the page starts after (decoded from the cursor), or null. */
  after: string | null;
}

export interface RelationsPageRow {
  id: string;
  outgoing: boolean;
  neighbour: EntityNode;
  relation: RelationRecord;
}

export interface RelationsPage {
  totalCount: number;
  /** Up to `first + 1` rows: the extra one says there is a next page. */
  rows: RelationsPageRow[];
}

export interface RelationLoaders {
  relation: DataLoader<string, RelationRecord | null>;
  relationsPage: DataLoader<RelationsPageKey, RelationsPage, string>;
}

function argumentsKey(key: RelationsPageKey): string {
  return JSON.stringify([key.direction, key.types, key.first, key.after]);
}

/**
 * One query per distinct set of arguments, whatever the number of entities: the `relations` of
 * every node of a neighbourhood (same arguments) cost one round trip together.
 */
async function loadPages(runner: QueryRunner, keys: readonly RelationsPageKey[]): Promise<RelationsPage[]> {
  const groups = new Map<string, RelationsPageKey[]>();
  for (const key of keys) groups.set(argumentsKey(key), [...(groups.get(argumentsKey(key)) ?? []), key]);
  const pages = new Map<string, RelationsPage>();
  await Promise.all(
    [...groups.entries()].map(async ([group, members]) => {
      const [first] = members as [RelationsPageKey];
      const request = { direction: first.direction, types: first.types, first: first.first, after: first.after ?? '' };
      const rows = await runner.read(RELATIONS_OF_ENTITIES, {
        ...request,
        ids: [...new Set(members.map((member) => member.entityId))],
        denseDegree: DENSE_DEGREE,
      });
      await Promise.all(
        rows.map(async (row) => {
          const page = row.ordinary
            ? { totalCount: row.totalCount as number, rows: row.page as RelationsPageRow[] }
            : await supernodePage(runner, row.id as string, row.degrees as Degrees, request);
          pages.set(`${row.id as string}\u0000${group}`, page);
        }),
      );
    }),
  );
  return keys.map((key) => pages.get(`${key.entityId}\u0000${argumentsKey(key)}`) ?? { totalCount: 0, rows: [] });
}

/** A supernode's page: its own query, one branch per type and direction (rare: one more round trip). */
async function supernodePage(
  runner: QueryRunner,
  id: string,
  degrees: Degrees,
  request: { direction: Direction; types: readonly string[] | null; first: number; after: string },
): Promise<RelationsPage> {
  const { none: _, ...typeDegrees } = degrees;
  const plan = supernodePlan(typeDegrees, request, DENSE_DEGREE);
  const [row] = await runner.read(plan.query, { ...request, id, denseDegree: DENSE_DEGREE });
  return { totalCount: plan.totalCount, rows: (row?.page ?? []) as RelationsPageRow[] };
}

export function createRelationLoaders(runner: QueryRunner): RelationLoaders {
  return {
    relation: new DataLoader(async (ids) => {
      const rows = await runner.read(RELATIONS_BY_ID, { idsByType: idsByType(ids) });
      return inIdOrder(ids, rows.map((row) => row.relation as RelationRecord), (relation) => relation.id);
    }),
    relationsPage: new DataLoader((keys) => loadPages(runner, keys), {
      cacheKeyFn: (key) => `${key.entityId}\u0000${argumentsKey(key)}`,
    }),
  };
}
