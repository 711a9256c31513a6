import { assertCypherName } from '../../cypher/index.js';
import type { EntityKind, RelationType } from '../../model/data-model.js';
import { entityRow, relationRow, sourceRow } from '../../seed/import/graph-rows.js';
import type { Executor } from '../../server/database/executor.js';
import { SyntheticGraph, type SyntheticGraphOptions } from './synthetic-records.js';

/** Rows per write transaction: big enough to amortise a round trip, small enough for a 1 GiB heap. */
export const WRITE_BATCH = 10_000;

// Bump when the generator changes what it writes, so an old database is rebuilt, not reused.
export const GENERATOR_VERSION = 1;

export interface BuildReport {
  entities: number;
  relations: number;
  sources: number;
  seconds: number;
}

/**
 * The marker node a built database carries: the options it was built with. Not an `Entity`
 * nor a `Source`, so no query of the API ever sees it.
 */
export interface BuildMarker extends SyntheticGraphOptions {
  version: number;
  seconds: number;
  builtAt: string;
}

export async function readMarker(executor: Executor): Promise<BuildMarker | undefined> {
  const [row] = await executor.read('MATCH (marker:BenchScaleMarker) RETURN properties(marker) AS marker LIMIT 1');
  return row?.marker as BuildMarker | undefined;
}

export function sameBuild(marker: BuildMarker | undefined, options: SyntheticGraphOptions): marker is BuildMarker {
  if (!marker || marker.version !== GENERATOR_VERSION) return false;
  return (Object.keys(options) as (keyof SyntheticGraphOptions)[]).every((key) => marker[key] === options[key]);
}

/**
 * Writes the synthetic graph into a database that already has the project's schema (and
 * usually the curated seed), in batched UNWIND transactions of `WRITE_BATCH` rows, then the
 * marker. Only ever `CREATE`s: run it on a database without a previous synthetic graph.
 */
export async function writeSyntheticGraph(
  executor: Executor,
  options: SyntheticGraphOptions,
  log: (line: string) => void = () => {},
): Promise<BuildReport> {
  const started = performance.now();
  const graph = new SyntheticGraph(options);
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;

  const sources = graph.sources().map(sourceRow);
  await executor.writeTransaction((transaction) =>
    transaction.run('UNWIND $rows AS row CREATE (source:Source) SET source = row.properties', { rows: sources }),
  );

  let entities = 0;
  for (const batch of graph.entityBatches(WRITE_BATCH)) {
    await executor.writeTransaction(async (transaction) => {
      for (const [kind, records] of groupBy(batch, (entity) => entity.kind)) {
        assertCypherName(kind);
        await transaction.run(
          `UNWIND $rows AS row CREATE (entity:Entity:${kind}) SET entity = row.properties`,
          { rows: records.map(entityRow) },
        );
      }
    });
    entities += batch.length;
    log(`entities ${entities.toLocaleString('en')} / ${options.entities.toLocaleString('en')} (${elapsed()})`);
  }

  let relations = 0;
  let nextReport = 0;
  for (const batch of graph.relationBatches(WRITE_BATCH)) {
    await executor.writeTransaction(async (transaction) => {
      for (const [type, records] of groupBy(batch, (relation) => relation.type)) {
        assertCypherName(type);
        await transaction.run(
          `UNWIND $rows AS row
           MATCH (from:Entity {id: row.from})
           MATCH (to:Entity {id: row.to})
           CREATE (from)-[relation:${type}]->(to)
           SET relation = row.properties`,
          { rows: records.map(relationRow) },
        );
      }
    });
    relations += batch.length;
    if (relations >= nextReport || relations === options.relations) {
      log(`relations ${relations.toLocaleString('en')} / ${options.relations.toLocaleString('en')} (${elapsed()})`);
      nextReport = relations + Math.max(WRITE_BATCH, options.relations / 20);
    }
  }

  const seconds = (performance.now() - started) / 1000;
  await executor.writeTransaction((transaction) =>
    transaction.run('MERGE (marker:BenchScaleMarker) SET marker = $marker', {
      marker: { ...options, version: GENERATOR_VERSION, seconds, builtAt: new Date().toISOString() },
    }),
  );
  return { entities, relations, sources: sources.length, seconds };
}

function groupBy<T, K extends EntityKind | RelationType>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
