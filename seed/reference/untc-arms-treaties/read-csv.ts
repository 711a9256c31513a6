import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';

/** One row of arms_control_ratifications.csv with where it stands in the file. */
export interface RatificationRow {
  /** 1-based line of the file the record starts on (the header is line 1). */
  line: number;
  /** The record exactly as the file writes it, without its line ending. */
  raw: string;
  countryName: string;
  treatyId: string;
  treatyName: string;
  actionType: string;
  actionDate: string;
  signatureDate: string;
  treatyOpenYear: string;
  mtdsgNo: string;
  sourceUrl: string;
}

const isoDate = z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, 'an ISO date (YYYY-MM-DD) or empty');

const rowSchema = z.strictObject({
  country_name: z.string().min(1),
  treaty_id: z.string().regex(/^[a-z0-9_]+$/),
  treaty_name: z.string().min(1),
  action_type: z.string(),
  action_date: isoDate,
  signature_date: isoDate,
  treaty_open_year: z.string().regex(/^\d{4}$/),
  mtdsg_no: z.string().min(1),
  source_url: z.string().url(),
});

interface ParsedRecord {
  record: Record<string, string>;
  raw: string;
  info: { lines: number };
}

/**
 * Reads the CSV with csv-parse, keeping each record's raw text and line for evidence. The file
 * ends its lines with CRLF; the raw text is cut at the record's end, so only the line ending goes.
 */
export async function readRatificationRows(file: string): Promise<RatificationRow[]> {
  const records = parse(await readFile(file, 'utf8'), {
    columns: true,
    info: true,
    raw: true,
    skip_empty_lines: true,
  }) as unknown as ParsedRecord[];
  return records.map(({ record, raw, info }) => {
    const text = raw.replace(/\r?\n?$/, '').replace(/\r$/, '');
    // info.lines is the line the record ends on; a quoted field may span lines.
    const line = info.lines - (text.match(/\n/g)?.length ?? 0);
    const parsed = rowSchema.safeParse(record);
    if (!parsed.success) {
      throw new Error(`${file}:${line}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
    }
    const row = parsed.data;
    return {
      line,
      raw: text,
      countryName: row.country_name,
      treatyId: row.treaty_id,
      treatyName: row.treaty_name,
      actionType: row.action_type,
      actionDate: row.action_date,
      signatureDate: row.signature_date,
      treatyOpenYear: row.treaty_open_year,
      mtdsgNo: row.mtdsg_no,
      sourceUrl: row.source_url,
    };
  });
}
