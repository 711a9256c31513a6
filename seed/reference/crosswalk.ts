import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { DATASET_IDS, type DatasetId } from '../../model/data-model.js';

const CROSSWALK_FILE = fileURLToPath(new URL('./crosswalk.yaml', import.meta.url));

const entrySchema = z.strictObject({
  dataset: z.enum(DATASET_IDS),
  reference: z.string().min(1),
  graphId: z.string().regex(/^[a-z]+:[A-Za-z0-9-]+$/),
  reason: z.string().min(10),
});
export type CrosswalkEntry = z.infer<typeof entrySchema>;

/** The reviewed crosswalk: a dataset's own key → the curated graph id it merges with. */
export interface Crosswalk {
  graphId(dataset: DatasetId, reference: string): string | undefined;
  entries: readonly CrosswalkEntry[];
}

export async function loadCrosswalk(file = CROSSWALK_FILE): Promise<Crosswalk> {
  const entries = z.array(entrySchema).parse(parse(await readFile(file, 'utf8')));
  const byKey = new Map<string, string>();
  for (const entry of entries) {
    const key = `${entry.dataset}\u0000${entry.reference}`;
    if (byKey.has(key)) throw new Error(`${file}: ${entry.dataset} ${entry.reference} is mapped twice`);
    byKey.set(key, entry.graphId);
  }
  return { entries, graphId: (dataset, reference) => byKey.get(`${dataset}\u0000${reference}`) };
}
