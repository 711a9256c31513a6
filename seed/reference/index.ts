import { performance } from 'node:perf_hooks';
import type { DatasetId } from '../../model/data-model.js';
import type { Executor } from '../../server/database/executor.js';
import { applySchema } from '../import/apply-schema.js';
import { REFERENCE_SOURCES } from './registry.js';
import type { UnresolvedValue } from './types.js';
import type { ReferenceSummary } from './write/summary.js';
import { writeReferenceImport, type ProgressListener } from './write/write-reference.js';

export { formatReferenceSummary, isUnchanged, type ReferenceSummary } from './write/summary.js';
export { referenceDataDir, hasReferenceData } from './data-dir.js';

export interface DatasetImport {
  summary: ReferenceSummary;
  unresolved: UnresolvedValue[];
  parseMillis: number;
  writeMillis: number;
}

export interface ImportOptions {
  /** Only these datasets (default: all, in registry order). */
  only?: readonly DatasetId[];
  /** Called as each dataset's write advances (a terminal progress bar). */
  progress?: (dataset: DatasetId) => { update: ProgressListener; finish: () => void };
  /** Called when one dataset is done, before the next starts. */
  onDataset?: (result: DatasetImport) => void;
}

/**
 * Parses and writes each reference dataset, one transaction each: a failure in one leaves that
 * dataset as it was (and stops the run: the datasets after it are not imported).
 */
export async function importReferenceData(executor: Executor, directory: string, options: ImportOptions = {}): Promise<DatasetImport[]> {
  await applySchema(executor);
  const results: DatasetImport[] = [];
  for (const source of REFERENCE_SOURCES) {
    if (options.only && !options.only.includes(source.dataset)) continue;
    const parseStart = performance.now();
    const parsed = await source.parse(directory);
    const parseMillis = performance.now() - parseStart;
    const bar = options.progress?.(source.dataset);
    const writeStart = performance.now();
    try {
      const summary = await writeReferenceImport(executor, parsed, bar?.update);
      const result = { summary, unresolved: parsed.unresolved, parseMillis, writeMillis: performance.now() - writeStart };
      results.push(result);
      options.onDataset?.(result);
    } finally {
      bar?.finish();
    }
  }
  return results;
}
