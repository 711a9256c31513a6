import { readQuery } from '../../cypher/index.js';
import { EDITORS_DATASET_ID } from '../../model/data-model.js';
import type { Executor } from '../../server/database/executor.js';
import type { EditsToExport, ExportedRelation } from './export-edits.js';

const EDITORS_RECORDS = readQuery('export-edits');

/** Every record the editors' dataset owns, and it alone (one the seed has claimed since is the seed's). */
export async function readEdits(executor: Executor): Promise<EditsToExport> {
  const [row] = await executor.read(EDITORS_RECORDS, { editors: EDITORS_DATASET_ID });
  return {
    entities: ((row?.entities as Record<string, unknown>[] | undefined) ?? []).map((properties) => ({ properties })),
    relations: (row?.relations as ExportedRelation[] | undefined) ?? [],
    sources: (row?.sources as Record<string, unknown>[] | undefined) ?? [],
  };
}
