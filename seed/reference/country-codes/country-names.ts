import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import anyAscii from 'any-ascii';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { cleanUntermName, UN_LANGUAGES } from './unterm.js';

/**
 * Resolves a country name as a reference file writes it ("Iran (Islamic Republic of)",
 * "Kyrgyz Republic", "Côte d'Ivoire") to its ISO 3166-1 alpha-3 code, from the names the
 * country-codes dataset gives (UNTERM short and formal, official, CLDR; countries.json's common,
 * official and alternative spellings) and the reviewed overrides. A spelling two countries share
 * resolves to neither: the caller reports it, it never guesses.
 */
export interface CountryNames {
  iso3(name: string): string | undefined;
  /** Every alpha-3 code the dataset knows. */
  readonly codes: ReadonlySet<string>;
}

const OVERRIDES_FILE = fileURLToPath(new URL('./name-overrides.yaml', import.meta.url));

const overrideSchema = z.array(
  z.strictObject({ name: z.string().min(1), iso3: z.string().regex(/^[A-Z]{3}$/), reason: z.string().min(10) }),
);

/**
 * UNTERM short and formal names and the M49 official name in the six UN languages
 * ("Kirghizistan (le)", "Казахстан", "كازاخستان"), and the CLDR name. On the real files every
 * one of them resolves to its own row (tests/unit/reference/country-names.test.ts).
 */
const CSV_NAME_COLUMNS = [
  ...UN_LANGUAGES.flatMap((language) => [`UNTERM ${language.column} Short`, `UNTERM ${language.column} Formal`, language.official]),
  'CLDR display name',
];

/**
 * Case, accents, script, punctuation, "the" and UNTERM's non-member asterisk do not tell names
 * apart; nor do "&" and "and", or "St." and "Saint" ("St. Kitts & Nevis", "Saint Kitts and Nevis").
 */
export function countryNameKey(name: string): string {
  return anyAscii(name)
    .toLowerCase()
    .replace(/\*/g, ' ')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\bthe\b/g, ' ')
    .replace(/\bst\b/g, 'saint')
    .replace(/\s+/g, ' ')
    .trim();
}

interface CountryJson {
  cca3: string;
  name: { common: string; official: string };
  altSpellings?: string[];
}

export async function loadCountryNames(referenceDataDir: string, overridesFile = OVERRIDES_FILE): Promise<CountryNames> {
  const folder = join(referenceDataDir, 'country-codes');
  const rows = parseCsv(await readFile(join(folder, 'country-codes.csv'), 'utf8'), {
    columns: true,
    skip_empty_lines: true,
  }) as Record<string, string>[];
  const countries = JSON.parse(await readFile(join(folder, 'countries.json'), 'utf8')) as CountryJson[];
  const overrides = overrideSchema.parse(parseYaml(await readFile(overridesFile, 'utf8')));

  const byKey = new Map<string, Set<string>>();
  const add = (name: string | undefined, iso3: string) => {
    if (!name || !iso3) return;
    const key = countryNameKey(name);
    // Two-letter alternative spellings are ISO alpha-2 codes: codes, not names.
    if (key.length < 3) return;
    const codes = byKey.get(key) ?? new Set<string>();
    codes.add(iso3);
    byKey.set(key, codes);
  };
  const codes = new Set<string>();
  for (const row of rows) {
    const iso3 = row['ISO3166-1-Alpha-3'] ?? '';
    if (!iso3) continue;
    codes.add(iso3);
    for (const column of CSV_NAME_COLUMNS) {
      add(row[column], iso3);
      // UNTERM brackets the article after the name: "Kirghizistan (le)" is also "Kirghizistan".
      add(cleanUntermName(row[column] ?? ''), iso3);
    }
  }
  for (const country of countries) {
    add(country.name.common, country.cca3);
    add(country.name.official, country.cca3);
    for (const spelling of country.altSpellings ?? []) add(spelling, country.cca3);
  }
  const overridden = new Map(overrides.map((entry) => [countryNameKey(entry.name), entry.iso3]));

  return {
    codes,
    iso3(name) {
      const key = countryNameKey(name);
      const override = overridden.get(key);
      if (override) return override;
      const found = byKey.get(key);
      return found?.size === 1 ? [...found][0] : undefined;
    },
  };
}
