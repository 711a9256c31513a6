import type { ManagedTransaction } from 'neo4j-driver';
import { assertCypherName } from '../../cypher/index.js';
import { ENTITY_KINDS, RELATION_TYPES, type EntityKind, type RelationType } from '../../model/data-model.js';
import type { Executor } from '../../server/database/executor.js';
import type { Dataset } from '../validation/index.js';
import { entityRow, relationRow, sourceRow, type NodeRow, type RelationRow } from './graph-rows.js';

export interface ChangeCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportSummary {
  sources: ChangeCounts;
  entities: Record<string, ChangeCounts>;
  relations: Record<string, ChangeCounts>;
  removed: { sources: number; entities: number; relations: number };
}

const BATCH_SIZE = 500;

/**
 * Writes a validated dataset in ONE write transaction (UNWIND batches, MERGE on ids): a failure
 * anywhere rolls everything back, and a repeated import of the same files changes nothing.
 * The database mirrors the seed files: records no longer in them are removed.
 */
export async function importDataset(executor: Executor, dataset: Dataset): Promise<ImportSummary> {
  return executor.writeTransaction(async (transaction) => {
    const summary: ImportSummary = {
      sources: await upsertNodes(transaction, 'Source', dataset.sources.map(sourceRow)),
      entities: {},
      relations: {},
      removed: { sources: 0, entities: 0, relations: 0 },
    };
    for (const kind of ENTITY_KINDS) {
      const rows = dataset.entities.filter((entity) => entity.kind === kind).map(entityRow);
      summary.entities[kind] = await upsertNodes(transaction, kind, rows);
    }
    const relationIds = dataset.relations.map((relation) => relation.id);
    summary.removed.relations = await removeRelationsNotIn(transaction, relationIds);
    for (const type of RELATION_TYPES) {
      const rows = dataset.relations.filter((relation) => relation.type === type).map(relationRow);
      summary.relations[type] = await upsertRelations(transaction, type, rows);
    }
    summary.removed.entities = await removeNodesNotIn(transaction, 'Entity', dataset.entities.map((e) => e.id));
    summary.removed.sources = await removeNodesNotIn(transaction, 'Source', dataset.sources.map((s) => s.id));
    return summary;
  });
}

async function existingHashes(
  transaction: ManagedTransaction,
  query: string,
  ids: string[],
): Promise<Map<string, string>> {
  const result = await transaction.run(query, { ids });
  return new Map(result.records.map((record) => [record.get('id') as string, record.get('hash') as string]));
}

function classify<T extends NodeRow>(rows: T[], hashes: Map<string, string>) {
  const counts: ChangeCounts = { created: 0, updated: 0, unchanged: 0 };
  const changed: T[] = [];
  for (const row of rows) {
    const previous = hashes.get(row.id);
    if (previous === undefined) counts.created += 1;
    else if (previous === row.properties.contentHash) {
      counts.unchanged += 1;
      continue;
    } else counts.updated += 1;
    changed.push(row);
  }
  return { counts, changed };
}

function batches<T>(rows: T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < rows.length; start += BATCH_SIZE) result.push(rows.slice(start, start + BATCH_SIZE));
  return result;
}

async function upsertNodes(
  transaction: ManagedTransaction,
  label: EntityKind | 'Source',
  rows: NodeRow[],
): Promise<ChangeCounts> {
  assertCypherName(label);
  const anchor = label === 'Source' ? 'Source' : 'Entity';
  const hashes = await existingHashes(
    transaction,
    `MATCH (n:${anchor}) WHERE n.id IN $ids RETURN n.id AS id, n.contentHash AS hash`,
    rows.map((row) => row.id),
  );
  const { counts, changed } = classify(rows, hashes);
  // A record whose kind changed must lose its old kind label.
  const otherKinds = label === 'Source' ? [] : ENTITY_KINDS.filter((kind) => kind !== label);
  const removeOldKinds = otherKinds.length > 0 ? `REMOVE n:${otherKinds.join(':')}` : '';
  for (const batch of batches(changed)) {
    await transaction.run(
      `UNWIND $rows AS row
       MERGE (n:${anchor} {id: row.id})
       SET n = row.properties
       ${removeOldKinds}
       SET n:${label}`,
      { rows: batch },
    );
  }
  return counts;
}

async function upsertRelations(
  transaction: ManagedTransaction,
  type: RelationType,
  rows: RelationRow[],
): Promise<ChangeCounts> {
  assertCypherName(type);
  const hashes = await existingHashes(
    transaction,
    `MATCH (:Entity)-[r:${type}]->(:Entity) WHERE r.id IN $ids RETURN r.id AS id, r.contentHash AS hash`,
    rows.map((row) => row.id),
  );
  const { counts, changed } = classify(rows, hashes);
  for (const batch of batches(changed)) {
    // An updated relation may have new ends: replace it rather than patch it.
    await transaction.run(
      `UNWIND $rows AS row
       OPTIONAL MATCH (:Entity)-[old:${type} {id: row.id}]->(:Entity)
       DELETE old
       WITH row
       MATCH (from:Entity {id: row.from}), (to:Entity {id: row.to})
       CREATE (from)-[r:${type}]->(to)
       SET r = row.properties`,
      { rows: batch },
    );
  }
  return counts;
}

async function removeRelationsNotIn(transaction: ManagedTransaction, ids: string[]): Promise<number> {
  const result = await transaction.run(
    `MATCH (:Entity)-[r]->(:Entity) WHERE r.id IS NOT NULL AND NOT r.id IN $ids
     DELETE r RETURN count(*) AS removed`,
    { ids },
  );
  return result.records[0]?.get('removed') as number;
}

async function removeNodesNotIn(transaction: ManagedTransaction, label: 'Entity' | 'Source', ids: string[]): Promise<number> {
  const result = await transaction.run(
    `MATCH (n:${label}) WHERE NOT n.id IN $ids DETACH DELETE n RETURN count(*) AS removed`,
    { ids },
  );
  return result.records[0]?.get('removed') as number;
}

/** The summary as the aligned table `npm run seed` prints. */
export function formatSummary(summary: ImportSummary): string {
  const lines = ['              created  updated  unchanged'];
  const row = (name: string, counts: ChangeCounts) =>
    `${name.padEnd(18)}${String(counts.created).padStart(3)}${String(counts.updated).padStart(9)}${String(counts.unchanged).padStart(11)}`;
  lines.push(row('Source', summary.sources));
  for (const [kind, counts] of Object.entries(summary.entities)) lines.push(row(kind, counts));
  for (const [type, counts] of Object.entries(summary.relations)) {
    if (counts.created + counts.updated + counts.unchanged > 0) lines.push(row(type, counts));
  }
  const { removed } = summary;
  lines.push(`removed: ${removed.sources} sources, ${removed.entities} entities, ${removed.relations} relations`);
  return lines.join('\n');
}

/** True when an import changed nothing (the second run of the same files). */
export function isNoOp(summary: ImportSummary): boolean {
  const all = [summary.sources, ...Object.values(summary.entities), ...Object.values(summary.relations)];
  const removed = summary.removed.sources + summary.removed.entities + summary.removed.relations;
  return removed === 0 && all.every((counts) => counts.created === 0 && counts.updated === 0);
}
