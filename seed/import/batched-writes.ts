import type { ManagedTransaction } from 'neo4j-driver';
import { assertCypherName } from '../../cypher/index.js';

/** Rows per UNWIND: large enough to amortise a round trip, small enough for a modest heap. */
export const BATCH_SIZE = 500;

export function batches<T>(rows: readonly T[], size = BATCH_SIZE): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < rows.length; start += size) result.push(rows.slice(start, start + size));
  return result;
}

/** A relation row as the importers write it: its id, its ends and its whole property map. */
export interface RelationWrite {
  id: string;
  from: string;
  to: string;
  properties: Record<string, unknown>;
}

/**
 * Writes relations of one type (a whitelisted name) by id. An updated relation may have new
 * ends, so it is replaced rather than patched. Used by the curated seed and the reference writer.
 */
export async function replaceRelations(transaction: ManagedTransaction, type: string, rows: readonly RelationWrite[]): Promise<void> {
  assertCypherName(type);
  for (const batch of batches(rows)) {
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
}
