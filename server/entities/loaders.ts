import DataLoader from 'dataloader';
import { readQuery } from '../../cypher/index.js';
import type { QueryRunner } from '../database/executor.js';
import type { EntityNode, SourceNode } from './graph-records.js';

const ENTITIES_BY_ID = readQuery('entities-by-id');
const SOURCES_BY_ID = readQuery('sources-by-id');

export interface EntityLoaders {
  entity: DataLoader<string, EntityNode | null>;
  source: DataLoader<string, SourceNode | null>;
}

/** Rows in the order of the ids asked for, null where an id matched nothing (DataLoader's contract). */
export function inIdOrder<T>(ids: readonly string[], rows: readonly T[], idOf: (row: T) => string): (T | null)[] {
  const found = new Map(rows.map((row) => [idOf(row), row]));
  return ids.map((id) => found.get(id) ?? null);
}

/** Every entity or source asked for while resolving one level is fetched in one query. */
export function createEntityLoaders(runner: QueryRunner): EntityLoaders {
  return {
    entity: new DataLoader(async (ids) => {
      const rows = await runner.read(ENTITIES_BY_ID, { ids: [...ids] });
      return inIdOrder(ids, rows.map((row) => row.entity as EntityNode), (entity) => entity.id);
    }),
    source: new DataLoader(async (ids) => {
      const rows = await runner.read(SOURCES_BY_ID, { ids: [...ids] });
      return inIdOrder(ids, rows.map((row) => row.source as SourceNode), (source) => source.id);
    }),
  };
}

/** Makes entities a query already returned free to resolve later (`Relation.from`, `to`…). */
export function primeEntities(loaders: EntityLoaders, entities: readonly EntityNode[]): void {
  for (const entity of entities) loaders.entity.prime(entity.id, entity);
}
