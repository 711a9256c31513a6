import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import type { CountryNames } from '../country-codes/country-names.js';

const LOOKUP_FILE = fileURLToPath(new URL('./nationalities.yaml', import.meta.url));

const lookupSchema = z.array(
  z.strictObject({
    value: z.string().min(1),
    states: z.array(
      z.strictObject({
        iso3: z.string().regex(/^[A-Z]{3}$/),
        note: z.string().min(1).optional(),
        doubt: z.string().min(1).optional(),
      }),
    ),
    reason: z.string().min(10),
  }),
);

export interface NationalityState {
  iso3: string;
  note?: string;
  doubt?: string;
}

/** How one NATIONALITY value reads: the states it names, or why it names none. */
export type NationalityReading =
  | { resolved: true; states: NationalityState[] }
  | { resolved: false; reason: string };

export type NationalityResolver = (value: string) => NationalityReading;

/**
 * A NATIONALITY value resolves through the reviewed lookup table first (demonyms, qualifiers,
 * free text), then as a country name. Anything else is unresolved: never guessed.
 */
export async function loadNationalityResolver(
  countries: CountryNames,
  file = LOOKUP_FILE,
): Promise<NationalityResolver> {
  const entries = lookupSchema.parse(parse(await readFile(file, 'utf8')));
  const byValue = new Map<string, (typeof entries)[number]>();
  for (const entry of entries) {
    if (byValue.has(entry.value)) throw new Error(`${file}: "${entry.value}" is listed twice`);
    for (const state of entry.states) {
      if (!countries.codes.has(state.iso3)) throw new Error(`${file}: "${entry.value}" → ${state.iso3} is not a known ISO3 code`);
    }
    byValue.set(entry.value, entry);
  }
  return (value) => {
    const entry = byValue.get(value);
    if (entry) {
      return entry.states.length > 0
        ? { resolved: true, states: entry.states }
        : { resolved: false, reason: `reviewed as unresolvable: ${entry.reason}` };
    }
    const iso3 = countries.iso3(value);
    return iso3
      ? { resolved: true, states: [{ iso3 }] }
      : { resolved: false, reason: 'not a country name the country-codes dataset knows, and not in nationalities.yaml' };
  };
}
