import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReferenceEvidence } from '../types.js';

/** mledoze/countries' dist/countries.json, relative to the reference-data directory. */
export const JSON_FILE = 'country-codes/countries.json';

export interface CountryJson {
  cca3: string;
  name: { common: string; official: string };
  altSpellings: string[];
  unMember: boolean;
}

/** One entry of countries.json with the evidence for the names taken from it. */
export interface CountryJsonEntry {
  country: CountryJson;
  /**
   * The entry's line from its start up to the end of its `"altSpellings":[…]` array, verbatim
   * (the file writes one entry per line, non-ASCII as \u escapes): it holds name.common,
   * name.official and the alternative spellings.
   */
  evidence: ReferenceEvidence;
}

/**
 * Reads countries.json (JSON.parse for the data) and finds each entry's line in the raw text by
 * its `"cca3":"…"` key, so the names it gives can be quoted byte for byte.
 */
export async function readCountriesJson(referenceDataDir: string): Promise<Map<string, CountryJsonEntry>> {
  const text = await readFile(join(referenceDataDir, JSON_FILE), 'utf8');
  const countries = JSON.parse(text) as CountryJson[];
  const lines = text.split('\n');
  const entries = new Map<string, CountryJsonEntry>();
  for (const country of countries) {
    const key = `"cca3":${JSON.stringify(country.cca3)}`;
    const index = lines.findIndex((line) => line.includes(key));
    if (index < 0 || lines.findIndex((line, at) => at > index && line.includes(key)) >= 0) {
      throw new Error(`${JSON_FILE}: ${key} is not on exactly one line`);
    }
    const line = lines[index] ?? '';
    const start = line.indexOf('"altSpellings":[');
    const end = line.indexOf(']', start);
    const quote = line.slice(0, end + 1);
    // The quote must really hold what we take from it: its array parses to the entry's spellings
    // and the names are written in it as JSON writes them.
    const spellings = start < 0 || end < 0 ? undefined : (JSON.parse(line.slice(start + 15, end + 1)) as unknown);
    const holds = (value: string) => quote.includes(JSON.stringify(value)) || quote.includes(escapedJson(value));
    if (
      JSON.stringify(spellings) !== JSON.stringify(country.altSpellings) ||
      !holds(country.name.common) ||
      !holds(country.name.official)
    ) {
      throw new Error(`${JSON_FILE}:${index + 1}: the names of ${country.cca3} are not where expected`);
    }
    entries.set(country.cca3, {
      country,
      evidence: { file: JSON_FILE, line: index + 1, locator: `countries.json:${index + 1} (${country.cca3})`, quote },
    });
  }
  return entries;
}

/** JSON with every non-ASCII character as a \u escape, as countries.json writes it. */
function escapedJson(value: string): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
