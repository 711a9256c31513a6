import type { Executor } from '../server/database/executor.js';
import { applySchema } from './import/apply-schema.js';
import { importDataset, type ImportSummary } from './import/import-dataset.js';
import { loadDataset } from './validation/index.js';

export { formatSummary, isNoOp, type ImportSummary } from './import/import-dataset.js';

/**
 * Validates every seed file first (nothing is written if one record is bad), then applies the
 * schema and imports the dataset in one transaction.
 */
export async function seedDatabase(executor: Executor, seedDirectory?: string): Promise<ImportSummary> {
  const dataset = loadDataset(seedDirectory);
  await applySchema(executor);
  return importDataset(executor, dataset);
}
