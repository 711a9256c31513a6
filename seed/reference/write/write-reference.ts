import type { ManagedTransaction } from 'neo4j-driver';
import { assertCypherName } from '../../../cypher/index.js';
import { CURATED_DATASET, type DatasetId } from '../../../model/data-model.js';
import type { Executor } from '../../../server/database/executor.js';
import type { ReferenceImport } from '../types.js';
import { batches, replaceRelations } from '../../import/batched-writes.js';
import { CURATED_KIND_PROPERTIES, NAME_RANK } from './ownership.js';
import { importRows, ReferenceRecordError, type EntityRow, type Properties, type RelationRow, type StatementRow } from './rows.js';
import { refreshSearchText } from './search-text.js';
import { emptySummary, type ChangeCounts, type ReferenceSummary } from './summary.js';

/** Reports how far the write has come: `done` of `total` records. */
export type ProgressListener = (done: number, total: number) => void;

/**
 * Writes one reference dataset in ONE write transaction, so a failed or killed import leaves the
 * dataset as it was. The dataset creates, updates and ends only what it owns:
 * - an entity it states gets the dataset in its `datasets` list and the dataset's own properties
 *   (its name only where no higher-ranked dataset named the node); an entity it no longer states
 *   loses them, and is deleted only when nobody else asserts it and nothing else touches it;
 * - its relations are its own (one owner each); one it no longer states is ended
 *   (`withdrawnAsOf`, the dataset's as-of date), never deleted;
 * - its statements (the verbatim records) are kept; one it no longer makes is marked withdrawn.
 * A second run of the same files changes nothing.
 */
export async function writeReferenceImport(
  executor: Executor,
  input: ReferenceImport,
  onProgress: ProgressListener = () => {},
): Promise<ReferenceSummary> {
  const rows = importRows(input);
  const total = rows.entities.length + rows.relations.length + rows.statements.length;
  let done = 0;
  const advance = (count: number) => {
    done += count;
    onProgress(done, total);
  };
  // A record refused mid-write rolls the transaction back; the caller gets the refusal itself,
  // not the executor's generic translation of an error thrown inside a transaction.
  let refusal: ReferenceRecordError | undefined;
  try {
    return await executor.writeTransaction(async (transaction) => {
      try {
        return await write(transaction);
      } catch (error) {
        if (error instanceof ReferenceRecordError) refusal = error;
        throw error;
      }
    });
  } catch (error) {
    throw refusal ?? error;
  }

  async function write(transaction: ManagedTransaction): Promise<ReferenceSummary> {
    const summary = emptySummary(rows.dataset);
    await transaction.run('MERGE (d:Dataset {id: $id}) SET d += $properties', { id: rows.dataset, properties: rows.datasetProperties });
    summary.entities = await writeEntities(transaction, rows.dataset, rows.entities, advance);
    const endedIds = await endEntities(transaction, rows.dataset, rows.entities.map((row) => row.id), rows.ownedKeys);
    summary.entitiesEnded = endedIds.length;
    summary.relations = await writeRelations(transaction, rows.relations, advance);
    summary.relationsEnded = await endRelations(transaction, rows.dataset, input.dataset.asOf, rows.relations.map((row) => row.id));
    summary.statements = await writeStatements(transaction, rows.statements, advance);
    summary.statementsWithdrawn = await withdrawStatements(transaction, rows.dataset, input.dataset.asOf, rows.statements.map((row) => row.id));
    summary.unresolved = rows.unresolved.length;
    await transaction.run('MATCH (u:UnresolvedValue {dataset: $dataset}) DELETE u', { dataset: rows.dataset });
    await transaction.run('UNWIND $rows AS row CREATE (u:UnresolvedValue) SET u = row.properties', { rows: rows.unresolved });
    await refreshSearchText(transaction, [...rows.entities.map((row) => row.id), ...endedIds]);
    await transaction.run(
      `MATCH (d:Dataset {id: $id})
       SET d.entityCount = $entities, d.relationCount = $relations, d.statementCount = $statements,
           d.unresolvedCount = $unresolved`,
      {
        id: rows.dataset,
        entities: rows.entities.length,
        relations: rows.relations.length,
        statements: rows.statements.length,
        unresolved: rows.unresolved.length,
      },
    );
    return summary;
  }
}

function counter(): ChangeCounts {
  return { created: 0, updated: 0, unchanged: 0 };
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

async function writeEntities(
  transaction: ManagedTransaction,
  dataset: DatasetId,
  rows: EntityRow[],
  advance: (count: number) => void,
): Promise<Record<string, ChangeCounts>> {
  const counts: Record<string, ChangeCounts> = {};
  const rank = NAME_RANK[dataset];
  for (const batch of batches(rows)) {
    const existing = await transaction.run(
      'MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id, n.kind AS kind, properties(n) AS properties',
      { ids: batch.map((row) => row.id) },
    );
    const found = new Map(existing.records.map((record) => [record.get('id') as string, record.get('properties') as Properties]));
    const changed: { row: EntityRow; setName: boolean }[] = [];
    for (const row of batch) {
      const kindCounts = (counts[row.kind] ??= counter());
      const before = found.get(row.id);
      if (before && before.kind !== row.kind) {
        throw new ReferenceRecordError(dataset, `entity ${row.id}`, `is a ${row.kind} here but already a ${String(before.kind)} in the graph`);
      }
      const datasets = (before?.datasets as string[] | undefined) ?? [];
      if (before && (datasets.includes(CURATED_DATASET) || (before.datasets === undefined && before.seedFile !== undefined))) {
        // The curated seed's own kind-specific values stand on a node it asserts.
        for (const key of CURATED_KIND_PROPERTIES) delete row.properties[key];
      }
      const beforeRank = typeof before?.nameRank === 'number' ? before.nameRank : Number(before?.nameRank ?? Infinity);
      const setName = !before || !(beforeRank < rank);
      const same =
        before !== undefined &&
        datasets.includes(dataset) &&
        Object.entries(row.properties).every(([key, value]) => sameValue(before[key], value)) &&
        (!setName || before.name === row.name);
      if (same) kindCounts.unchanged += 1;
      else {
        if (before && datasets.includes(dataset)) kindCounts.updated += 1;
        else kindCounts.created += 1;
        changed.push({ row, setName });
      }
    }
    for (const [kind, group] of groupBy(changed, (item) => item.row.kind)) {
      assertCypherName(kind);
      await transaction.run(
        `UNWIND $rows AS row
         MERGE (n:Entity {id: row.id})
           ON CREATE SET n.kind = row.kind
         SET n:${kind}
         SET n += row.properties
         SET n.datasets = CASE WHEN $dataset IN coalesce(n.datasets, []) THEN n.datasets ELSE coalesce(n.datasets, []) + $dataset END
         FOREACH (_ IN CASE WHEN row.setName THEN [1] ELSE [] END | SET n.name = row.name, n.nameRank = $rank)`,
        {
          dataset,
          rank,
          rows: group.map(({ row, setName }) => ({ id: row.id, kind: row.kind, name: row.name, properties: row.properties, setName })),
        },
      );
    }
    advance(batch.length);
  }
  return counts;
}

async function endEntities(transaction: ManagedTransaction, dataset: DatasetId, ids: string[], ownedKeys: string[]): Promise<string[]> {
  const clear = Object.fromEntries(ownedKeys.map((key) => [key, null]));
  const result = await transaction.run(
    `MATCH (n:Entity) WHERE $dataset IN n.datasets AND NOT n.id IN $ids
     SET n += $clear, n.datasets = [owner IN n.datasets WHERE owner <> $dataset]
     WITH n, n.id AS id, size(n.datasets) = 0 AND NOT EXISTS { (n)--() } AS orphan
     CALL (n, orphan) { WITH n, orphan WHERE orphan DELETE n }
     RETURN collect(id) AS ids`,
    { dataset, ids, clear },
  );
  return (result.records[0]?.get('ids') as string[] | undefined) ?? [];
}

async function writeRelations(
  transaction: ManagedTransaction,
  rows: RelationRow[],
  advance: (count: number) => void,
): Promise<Record<string, ChangeCounts>> {
  const counts: Record<string, ChangeCounts> = {};
  for (const [type, group] of groupBy(rows, (row) => row.type)) {
    assertCypherName(type);
    const typeCounts = (counts[type] ??= counter());
    for (const batch of batches(group)) {
      const existing = await transaction.run(
        `UNWIND $ids AS id
         MATCH (from:Entity)-[r:${type} {id: id}]->(to:Entity)
         RETURN id, from.id AS from, to.id AS to, properties(r) AS properties`,
        { ids: batch.map((row) => row.id) },
      );
      const found = new Map(existing.records.map((record) => [record.get('id') as string, record]));
      const changed: RelationRow[] = [];
      for (const row of batch) {
        const before = found.get(row.id);
        if (!before) {
          typeCounts.created += 1;
          changed.push(row);
          continue;
        }
        const properties = before.get('properties') as Properties;
        const same =
          before.get('from') === row.from &&
          before.get('to') === row.to &&
          sameValue(sortedEntries(properties), sortedEntries(row.properties));
        if (same) typeCounts.unchanged += 1;
        else {
          typeCounts.updated += 1;
          changed.push(row);
        }
      }
      await replaceRelations(transaction, type, changed);
      advance(batch.length);
    }
  }
  return counts;
}

async function endRelations(transaction: ManagedTransaction, dataset: DatasetId, asOf: string, ids: string[]): Promise<number> {
  // Relations carry their owner, so the index on `dataset` is not needed: the set is the dataset's own.
  const result = await transaction.run(
    `MATCH (:Entity)-[r]->(:Entity) WHERE r.dataset = $dataset AND NOT r.id IN $ids AND r.withdrawnAsOf IS NULL
     SET r.withdrawnAsOf = $asOf
     RETURN count(r) AS ended`,
    { dataset, ids, asOf },
  );
  return Number(result.records[0]?.get('ended') ?? 0);
}

async function writeStatements(
  transaction: ManagedTransaction,
  rows: StatementRow[],
  advance: (count: number) => void,
): Promise<ChangeCounts> {
  const counts = counter();
  for (const batch of batches(rows)) {
    const existing = await transaction.run('MATCH (s:Statement) WHERE s.id IN $ids RETURN s.id AS id, properties(s) AS properties', {
      ids: batch.map((row) => row.id),
    });
    const found = new Map(existing.records.map((record) => [record.get('id') as string, record.get('properties') as Properties]));
    const changed = batch.filter((row) => {
      const before = found.get(row.id);
      if (!before) {
        counts.created += 1;
        return true;
      }
      const withoutNulls = Object.fromEntries(Object.entries(row.properties).filter(([, value]) => value !== null));
      if (sameValue(sortedEntries(before), sortedEntries(withoutNulls))) {
        counts.unchanged += 1;
        return false;
      }
      counts.updated += 1;
      return true;
    });
    if (changed.length > 0) {
      await transaction.run('UNWIND $rows AS row MERGE (s:Statement {id: row.id}) SET s = row.properties', { rows: changed });
    }
    advance(batch.length);
  }
  return counts;
}

async function withdrawStatements(transaction: ManagedTransaction, dataset: DatasetId, asOf: string, ids: string[]): Promise<number> {
  const result = await transaction.run(
    `MATCH (s:Statement {dataset: $dataset}) WHERE NOT s.id IN $ids AND s.withdrawnAsOf IS NULL
     SET s.withdrawnAsOf = $asOf RETURN count(s) AS withdrawn`,
    { dataset, ids, asOf },
  );
  return Number(result.records[0]?.get('withdrawn') ?? 0);
}

function sortedEntries(properties: Properties): [string, unknown][] {
  return Object.keys(properties)
    .sort()
    .map((key) => [key, properties[key]]);
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const name = key(item);
    const group = groups.get(name) ?? [];
    group.push(item);
    groups.set(name, group);
  }
  return groups;
}
