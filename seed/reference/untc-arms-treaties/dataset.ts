import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { DatasetRecord } from '../types.js';

export const DATASET_ID = 'dataset:untc-arms-treaties' as const;
export const DATASET_FOLDER = 'untc-arms-treaties';
export const CSV_FILE = 'arms_control_ratifications.csv';

const accessLogSchema = z.object({
  access_date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  landing_url: z.string().url(),
  total_records: z.number().int(),
});

/** The facts SOURCE.md states about the copy (repository, commit, licence): reviewed text. */
const REPOSITORY = 'github.com/mgaldino/treaties-ideal-point';
const COMMIT = '746a24fa99b65d0834f8cd6b79f458a180c338cf';

/** The dataset record: SOURCE.md's provenance, and the scraper's own access log for the date. */
export async function readDatasetRecord(folder: string): Promise<DatasetRecord> {
  const accessLog = accessLogSchema.parse(JSON.parse(await readFile(join(folder, 'access_log.json'), 'utf8')));
  return {
    id: DATASET_ID,
    title: 'Status of Treaties, Chapter XXVI (Disarmament), incl. the Arms Trade Treaty',
    publisher: 'United Nations Treaty Collection (scraped by the treaties-ideal-point project)',
    version: `Status as at ${accessLog.access_date}`,
    asOf: accessLog.access_date,
    retrieval:
      `${REPOSITORY} at commit ${COMMIT} (data/raw/arms_control/; removed from the repository's later history), ` +
      `scraped from ${accessLog.landing_url} on ${accessLog.access_date}`,
    licence:
      "The repository has no LICENSE file. The underlying facts are the UN's public depositary records (UN website terms of use apply).",
    attribution: 'United Nations Treaty Collection, Status of Treaties, Chapter XXVI',
    coverage:
      'Twelve treaties of UNTC Chapter XXVI: ENMOD, the CCW and its Protocol IV, Amended Protocol II, Protocol V and ' +
      'Amendment to Article I, the CWC, the CTBT, the Ottawa Convention, the Convention on Cluster Munitions, the Arms ' +
      'Trade Treaty and the TPNW. Not covered: UNTOC (XVIII-12) and the Firearms Protocol (XVIII-12-c), and the NPT ' +
      'and BWC (other depositaries): for those the graph has no data, which does not mean "not a party". The ATT\'s ' +
      'provisional application column was dropped by the scraper. The scraper records acceptance (A) as accession and ' +
      'approval (AA) as ratification; for the ATT the raw page restores them, for the other treaties the consent type ' +
      'may be one of these where the CSV says accession or ratification.',
    files: [`${DATASET_FOLDER}/${CSV_FILE}`, `${DATASET_FOLDER}/att.html`, `${DATASET_FOLDER}/access_log.json`],
  };
}
