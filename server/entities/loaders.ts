import DataLoader from 'dataloader';
import { readQuery } from '../../cypher/index.js';
import type { QueryRunner } from '../database/executor.js';
import type { EntityNode, SourceNode } from './graph-records.js';

const ENTITIES_BY_ID = readQuery('entities-by-id');
const SOURCES_BY_ID = readQuery('sources-by-id');

/** Per-request batching: every entity or source asked for while resolving one level is fetched in one query. */
export interface Loaders {
  entity: DataLoader<string, EntityNode | null>;
  source: DataLoader<string, SourceNode | null>;
}

function byId<T extends { id: string }>(rows: T[], ids: readonly string[]): (T | null)[] {
  const found = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => found.get(id) ?? null);
}

export function createLoaders(runner: QueryRunner): Loaders {
  return {
    entity: new DataLoader(async (ids) => {
      const rows = await runner.read(ENTITIES_BY_ID, { ids: [...ids] });
      return byId(rows.map((row) => row.entity as EntityNode), ids);
    }),
    source: new DataLoader(async (ids) => {
      const rows = await runner.read(SOURCES_BY_ID, { ids: [...ids] });
      return byId(rows.map((row) => row.source as SourceNode), ids);
    }),
  };
}
