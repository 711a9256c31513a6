/**
 * `npm run import:reference`: parses the public reference data sets (REFERENCE_DATA_DIR, default
 * ../shared/reference-data) and writes them into the Neo4j at NEO4J_URI (default the local one),
 * each dataset in one transaction, owning only its records. Prints a summary table per dataset.
 *   -- --only dataset:cow-igo   one dataset (repeatable)
 *   -- --unresolved             also list every value the importers could not resolve
 */
import { parseArgs } from 'node:util';
import { isDatasetId, type DatasetId } from '../../model/data-model.js';
import { readConfig } from '../../server/config.js';
import { createExecutor } from '../../server/database/driver.js';
import { createLogger } from '../../server/logger.js';
import { formatReferenceSummary, hasReferenceData, importReferenceData, referenceDataDir } from './index.js';
import { terminalProgress } from './write/progress.js';
import { ReferenceRecordError } from './write/rows.js';

/** IMPORT_PROGRESS=lines: one line per batch on stderr, for logs and for the test that kills an import midway. */
function lineProgress(dataset: string) {
  return { update: (done: number, total: number) => void process.stderr.write(`progress ${dataset} ${done}/${total}\n`), finish: () => {} };
}

const { values } = parseArgs({ options: { only: { type: 'string', multiple: true }, unresolved: { type: 'boolean' } } });
const only = values.only?.map((id) => (id.startsWith('dataset:') ? id : `dataset:${id}`));
const unknown = only?.filter((id) => !isDatasetId(id));
if (unknown && unknown.length > 0) {
  console.error(`Unknown dataset: ${unknown.join(', ')}`);
  process.exit(2);
}

const directory = referenceDataDir();
if (!hasReferenceData(directory)) {
  console.error(`No reference data at ${directory}: set REFERENCE_DATA_DIR to the folder that holds shared/reference-data.`);
  process.exit(1);
}

const config = readConfig();
const uri = config.neo4j.uri ?? `bolt://127.0.0.1:${config.neo4j.localPort}`;
const executor = createExecutor({ ...config.neo4j, uri }, createLogger('warn'));
const started = Date.now();
try {
  await importReferenceData(executor, directory, {
    only: only as DatasetId[] | undefined,
    progress: (dataset) => (process.env.IMPORT_PROGRESS === 'lines' ? lineProgress(dataset) : terminalProgress(dataset)),
    onDataset: ({ summary, unresolved, parseMillis, writeMillis }) => {
      console.log(formatReferenceSummary(summary));
      console.log(`  parsed in ${(parseMillis / 1000).toFixed(1)} s, written in ${(writeMillis / 1000).toFixed(1)} s`);
      if (values.unresolved) {
        for (const item of unresolved) console.log(`  unresolved ${item.file} ${item.locator} ${item.field}: "${item.value}" (${item.reason})`);
      }
    },
  });
  console.log(`Reference data imported in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
} catch (error) {
  console.error(error instanceof ReferenceRecordError ? `Refused: ${error.message}` : error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await executor.close();
}
