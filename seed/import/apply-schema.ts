import { relationEvidenceIndexStatement, relationIdIndexStatements, schemaStatements } from '../../cypher/index.js';
import { RELATION_TYPES } from '../../model/data-model.js';
import type { Executor } from '../../server/database/executor.js';

/** Applies constraints and indexes (idempotent) and waits until the indexes are online. */
export async function applySchema(executor: Executor): Promise<void> {
  const statements = [...schemaStatements(), ...relationIdIndexStatements(RELATION_TYPES), relationEvidenceIndexStatement(RELATION_TYPES)];
  // Schema changes cannot share a transaction with each other's data, so one at a time.
  for (const statement of statements) {
    await executor.writeTransaction((transaction) => transaction.run(statement));
  }
  await executor.writeTransaction((transaction) => transaction.run('CALL db.awaitIndexes(60)'));
}
