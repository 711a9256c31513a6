import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { ReferenceEvidence } from '../types.js';

/** The country-codes.csv file, relative to the reference-data directory. */
export const CSV_FILE = 'country-codes/country-codes.csv';

/** One row of country-codes.csv with the evidence that quotes it. */
export interface CountryCodesRow {
  /** Column name → value, exactly as csv-parse reads it. */
  values: Record<string, string>;
  evidence: ReferenceEvidence;
}

/**
 * Reads country-codes.csv with csv-parse. Each row's evidence quotes its source line verbatim,
 * without the line ending (LF or CRLF); a row that does not sit on one line of its own (a quoted
 * line break) fails loudly rather than getting a quote that is not its record.
 */
export async function readCountryCodesCsv(referenceDataDir: string): Promise<CountryCodesRow[]> {
  const text = await readFile(join(referenceDataDir, CSV_FILE), 'utf8');
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
  const parsed = parse(text, { columns: true, info: true, skip_empty_lines: true, bom: true }) as {
    record: Record<string, string>;
    info: { lines: number };
  }[];
  const header = lines[0] ?? '';
  return parsed.map(({ record, info }) => {
    const line = info.lines;
    const quote = lines[line - 1] ?? '';
    const [reparsed] = parse(`${header}\n${quote}`, { columns: true, bom: true }) as Record<string, string>[];
    if (JSON.stringify(reparsed) !== JSON.stringify(record)) {
      throw new Error(`${CSV_FILE}:${line}: the record does not sit on one line of its own`);
    }
    return { values: record, evidence: { file: CSV_FILE, line, locator: `country-codes.csv:${line}`, quote } };
  });
}

/** A column's value, trimmed; '' where the row leaves it empty (the file pads some with a space). */
export function column(row: CountryCodesRow, name: string): string {
  const value = row.values[name];
  if (value === undefined) throw new Error(`${CSV_FILE}: no column "${name}"`);
  return value.trim();
}
