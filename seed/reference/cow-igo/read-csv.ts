import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';

/** One CSV record with what its evidence needs: the 1-based line it starts on and its verbatim text. */
export interface CsvLine {
  fields: string[];
  /** 1-based line of the file where the record starts. */
  line: number;
  /** The record's raw text, byte for byte, without its line ending. */
  raw: string;
}

/** The record's raw text without the line ending: csv-parse keeps "\n" (LF files) or "\r" (CRLF files). */
function withoutLineEnding(raw: string): string {
  return raw.replace(/\r?\n$|\r$/, '');
}

/**
 * Reads a whole CSV file (header included) with csv-parse, keeping each record's raw text
 * (`raw: true`). Line numbers are counted from the raw texts themselves, not from csv-parse's
 * `info.lines` (which counts a quoted CRLF twice), and each record is checked against the file's
 * own line so that a quote can never drift from its locator.
 */
export async function readCsvLines(file: string): Promise<CsvLine[]> {
  const text = await readFile(file, 'utf8');
  const fileLines = text.split('\n').map((line) => line.replace(/\r$/, ''));
  // With `raw: true` csv-parse returns { record, raw } objects; its typings only know string[][].
  const records = parse(text, { raw: true }) as unknown as { record: string[]; raw: string }[];
  const result: CsvLine[] = [];
  let line = 1;
  for (const { record, raw } of records) {
    // A record spanning lines keeps them joined by "\n", each without its "\r", as the evidence check reads them.
    const quote = withoutLineEnding(raw).replace(/\r\n/g, '\n');
    const span = quote.split('\n').length;
    const onFile = fileLines.slice(line - 1, line - 1 + span).join('\n');
    if (onFile !== quote) {
      throw new Error(`${file}:${line}: the parsed record does not match the file's line (blank line or stray line ending?)`);
    }
    result.push({ fields: record, line, raw: quote });
    line += span;
  }
  return result;
}
