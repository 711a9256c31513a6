import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { ORGANIZATION_SCOPES } from '../../../model/data-model.js';

/** The reviewed files of this importer (paths overridable for tests). */
export const SELECTED_IGOS_FILE = fileURLToPath(new URL('./selected-igos.yaml', import.meta.url));
export const COW_STATES_FILE = fileURLToPath(new URL('./cow-states.yaml', import.meta.url));

const selectedIgoSchema = z.strictObject({
  ionum: z.number().int().positive(),
  /** The data's `ioname`, checked against the file: a wrong ionum fails loudly. */
  ioname: z.string().min(1),
  /** The reviewed display name, one of the data's own names for it (checked against the row). */
  name: z.string().min(2),
  /** Only for an organisation the curated seed does not have. */
  scope: z.enum(ORGANIZATION_SCOPES).optional(),
  reason: z.string().min(10),
});
export type SelectedIgo = z.infer<typeof selectedIgoSchema>;

const cowStateSchema = z
  .strictObject({
    /** The state's column name in igo_year_format3.csv, e.g. "kazakhstan". */
    column: z.string().regex(/^[a-z]+$/),
    /** Its COW state code in states2016.csv. */
    ccode: z.number().int().positive(),
    /** ISO 3166-1 alpha-3, or null for a state with no current code (never a successor's). */
    iso3: z.string().regex(/^[A-Z]{3}$/).nullable(),
    reason: z.string().min(10).optional(),
    /** A spell that begins before this year gets `doubt` (the COW state spans a change the ISO code does not). */
    doubtBefore: z.number().int().optional(),
    doubt: z.string().min(10).optional(),
  })
  .refine((entry) => entry.iso3 !== null || entry.reason !== undefined, { message: 'an unmapped state needs a reason' })
  .refine((entry) => (entry.doubtBefore === undefined) === (entry.doubt === undefined), {
    message: 'doubtBefore and doubt go together',
  });
export type CowState = z.infer<typeof cowStateSchema>;

function unique<T>(entries: T[], key: (entry: T) => string, file: string): T[] {
  const seen = new Set<string>();
  for (const entry of entries) {
    const value = key(entry);
    if (seen.has(value)) throw new Error(`${file}: ${value} is listed twice`);
    seen.add(value);
  }
  return entries;
}

export async function loadSelectedIgos(file = SELECTED_IGOS_FILE): Promise<SelectedIgo[]> {
  const entries = z.array(selectedIgoSchema).parse(parse(await readFile(file, 'utf8')));
  return unique(entries, (entry) => String(entry.ionum), file);
}

export async function loadCowStates(file = COW_STATES_FILE): Promise<Map<string, CowState>> {
  const entries = z.array(cowStateSchema).parse(parse(await readFile(file, 'utf8')));
  return new Map(unique(entries, (entry) => entry.column, file).map((entry) => [entry.column, entry]));
}
