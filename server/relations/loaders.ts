import DataLoader from 'dataloader';
import { readQuery } from '../../cypher/index.js';
import type { QueryRunner } from '../database/executor.js';
import type { EntityNode, RelationRecord } from '../entities/graph-records.js';
import { inIdOrder } from '../entities/loaders.js';

const RELATIONS_BY_ID = readQuery('relations-by-id');
const RELATIONS_OF_ENTITIES = readQuery('relations-of-entities');

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
      const rows = await runner.read(RELATIONS_OF_ENTITIES, {
        ids: [...new Set(members.map((member) => member.entityId))],
        direction: first.direction,
        types: first.types,
        first: first.first,
        after: first.after,
      });
      for (const row of rows) {
        pages.set(`${row.id as string}\u0000${group}`, { totalCount: row.totalCount as number, rows: row.page as RelationsPageRow[] });
      }
    }),
  );
  return keys.map((key) => pages.get(`${key.entityId}\u0000${argumentsKey(key)}`) ?? { totalCount: 0, rows: [] });
}

export function createRelationLoaders(runner: QueryRunner): RelationLoaders {
  return {
    relation: new DataLoader(async (ids) => {
      const rows = await runner.read(RELATIONS_BY_ID, { ids: [...ids] });
      return inIdOrder(ids, rows.map((row) => row.relation as RelationRecord), (relation) => relation.id);
    }),
    relationsPage: new DataLoader((keys) => loadPages(runner, keys), {
      cacheKeyFn: (key) => `${key.entityId}\u0000${argumentsKey(key)}`,
    }),
  };
}
