import type { ManagedTransaction } from 'neo4j-driver';
import { assertCypherName } from '../../cypher/index.js';
import { CURATED_DATASET, ENTITY_KINDS, RELATION_TYPES, type EntityKind, type RelationType } from '../../model/data-model.js';
import { CURATED_KIND_PROPERTIES } from '../reference/write/ownership.js';
import { refreshSearchText } from '../reference/write/search-text.js';
import { batches, replaceRelations } from './batched-writes.js';
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

/**
 * Writes a validated dataset in ONE write transaction (UNWIND batches, MERGE on ids): a failure
 * anywhere rolls everything back, and a repeated import of the same files changes nothing.
 *
 * The curated seed owns only its own records (`datasets` holds `dataset:curated`; relations and
 * sources carry `dataset`). What the seed files no longer state is removed from what it owns:
 * its relations and sources are deleted, its claim on an entity ends (its properties go), and
 * the entity itself goes only when no other dataset asserts it and nothing else touches it.
 * Records of the reference datasets, of editors, or of no known owner are never touched, so a
 * seed run against a shared NEO4J_URI cannot delete them.
 */
export async function importDataset(executor: Executor, dataset: Dataset): Promise<ImportSummary> {
  const entityRows = withCuratedKeys(dataset.entities.map(entityRow));
  return executor.writeTransaction(async (transaction) => {
    const summary: ImportSummary = {
      sources: await upsertNodes(transaction, 'Source', dataset.sources.map(sourceRow)),
      entities: {},
      relations: {},
      removed: { sources: 0, entities: 0, relations: 0 },
    };
    for (const kind of ENTITY_KINDS) {
      const rows = entityRows.filter((row) => row.properties.kind === kind);
      summary.entities[kind] = await upsertNodes(transaction, kind, rows);
    }
    const relationIds = dataset.relations.map((relation) => relation.id);
    summary.removed.relations = await removeRelationsNotIn(transaction, relationIds);
    for (const type of RELATION_TYPES) {
      const rows = dataset.relations.filter((relation) => relation.type === type).map(relationRow);
      summary.relations[type] = await upsertRelations(transaction, type, rows);
    }
    const curatedKeys = Object.keys(entityRows[0]?.properties ?? {});
    summary.removed.entities = await endEntitiesNotIn(transaction, dataset.entities.map((e) => e.id), curatedKeys);
    summary.removed.sources = await removeSourcesNotIn(transaction, dataset.sources.map((s) => s.id));
    await refreshSearchText(transaction, dataset.entities.map((entity) => entity.id));
    return summary;
  });
}

async function existingHashes(
  transaction: ManagedTransaction,
  query: string,
  ids: string[],
): Promise<Map<string, string>> {
  const result = await transaction.run(query, { ids, curated: CURATED_DATASET });
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

async function upsertNodes(
  transaction: ManagedTransaction,
  label: EntityKind | 'Source',
  rows: NodeRow[],
): Promise<ChangeCounts> {
  assertCypherName(label);
  const anchor = label === 'Source' ? 'Source' : 'Entity';
  // A node the seed does not yet own (an older database, or one a reference dataset created)
  // counts as changed, so that this run claims it.
  const owned = label === 'Source' ? 'n.dataset = $curated' : '$curated IN coalesce(n.datasets, [])';
  const hashes = await existingHashes(
    transaction,
    `MATCH (n:${anchor}) WHERE n.id IN $ids RETURN n.id AS id, CASE WHEN ${owned} THEN n.contentHash END AS hash`,
    rows.map((row) => row.id),
  );
  const { counts, changed } = classify(rows, hashes);
  // A record whose kind changed must lose its old kind label.
  const otherKinds = label === 'Source' ? [] : ENTITY_KINDS.filter((kind) => kind !== label);
  const removeOldKinds = otherKinds.length > 0 ? `REMOVE n:${otherKinds.join(':')}` : '';
  // Sources are the seed's alone; an entity may be co-asserted by reference datasets, whose
  // properties stay: `+=` with the seed's every key (null where absent) replaces only the seed's.
  const write =
    label === 'Source'
      ? 'SET n = row.properties'
      : `SET n += row.properties
         SET n.nameRank = 0,
             n.datasets = CASE WHEN $curated IN coalesce(n.datasets, []) THEN n.datasets ELSE coalesce(n.datasets, []) + $curated END`;
  for (const batch of batches(changed)) {
    await transaction.run(
      `UNWIND $rows AS row
       MERGE (n:${anchor} {id: row.id})
       ${write}
       ${removeOldKinds}
       SET n:${label}`,
      { rows: batch, curated: CURATED_DATASET },
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
  await replaceRelations(transaction, type, changed);
  return counts;
}

/** Records the seed wrote before it marked its own (`seedFile` is the seed's alone) count as its own. */
const CURATED_RELATION = '(r.dataset = $curated OR (r.dataset IS NULL AND r.seedFile IS NOT NULL))';
const CURATED_ENTITY = '($curated IN coalesce(n.datasets, []) OR (n.datasets IS NULL AND n.seedFile IS NOT NULL))';

async function removeRelationsNotIn(transaction: ManagedTransaction, ids: string[]): Promise<number> {
  const result = await transaction.run(
    `MATCH (:Entity)-[r]->(:Entity) WHERE ${CURATED_RELATION} AND NOT r.id IN $ids
     DELETE r RETURN count(*) AS removed`,
    { ids, curated: CURATED_DATASET },
  );
  return result.records[0]?.get('removed') as number;
}

/**
 * Ends the seed's claim on entities its files no longer state: its properties go and it leaves
 * `datasets`; the node itself goes only when nobody else asserts it and no relation touches it.
 */
async function endEntitiesNotIn(transaction: ManagedTransaction, ids: string[], curatedKeys: string[]): Promise<number> {
  const clear = Object.fromEntries(curatedKeys.filter((key) => key !== 'id' && key !== 'kind').map((key) => [key, null]));
  const result = await transaction.run(
    `MATCH (n:Entity) WHERE ${CURATED_ENTITY} AND NOT n.id IN $ids
     SET n += $clear, n.nameRank = null,
         n.datasets = [owner IN coalesce(n.datasets, []) WHERE owner <> $curated]
     WITH n, size(n.datasets) = 0 AND NOT EXISTS { (n)--() } AS orphan
     CALL (n, orphan) { WITH n, orphan WHERE orphan DELETE n }
     RETURN count(*) AS removed`,
    { ids, clear, curated: CURATED_DATASET },
  );
  return Number(result.records[0]?.get('removed') ?? 0);
}

async function removeSourcesNotIn(transaction: ManagedTransaction, ids: string[]): Promise<number> {
  const result = await transaction.run(
    `MATCH (n:Source) WHERE (n.dataset = $curated OR (n.dataset IS NULL AND n.file IS NOT NULL)) AND NOT n.id IN $ids
     DETACH DELETE n RETURN count(*) AS removed`,
    { ids, curated: CURATED_DATASET },
  );
  return result.records[0]?.get('removed') as number;
}

/** Gives every curated row every key the seed may own, null where it states none, so `+=` clears stale ones. */
function withCuratedKeys(rows: NodeRow[]): NodeRow[] {
  const keys = new Set<string>([...CURATED_KIND_PROPERTIES, 'aliases', 'description', 'doubt', 'evidenceSources', 'evidenceQuotes']);
  for (const row of rows) for (const key of Object.keys(row.properties)) keys.add(key);
  return rows.map((row) => ({
    id: row.id,
    properties: Object.fromEntries([...keys].sort().map((key) => [key, row.properties[key] ?? null])) as NodeRow['properties'],
  }));
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
