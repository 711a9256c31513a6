/**
 * A verbatim record (a CSV line, an XML element's text) can run to dozens of lines, or to one
 * line of thousands of characters (the 2017 sanctions list puts each element on one line): the
 * panel shows a few lines of it and a "show all" button. Pure, so the measure is unit-tested.
 */
export interface RecordMeasure {
  lines: number;
  characters: number;
  /** Too long to show whole at first. */
  long: boolean;
}

/** About four lines of the panel's monospace block. */
export const PREVIEW_LINES = 4;
export const PREVIEW_CHARACTERS = 4 * 56;

export function measureRecord(quote: string): RecordMeasure {
  const lines = quote.split(/\r?\n/);
  // Each line takes at least one row of the block, a long one as many as it wraps to.
  const rows = lines.reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / (PREVIEW_CHARACTERS / PREVIEW_LINES))), 0);
  // One extra row is not worth a button: show it.
  return { lines: lines.length, characters: quote.length, long: rows > PREVIEW_LINES + 1 };
}

/**
 * Where a reference record is: "arms_control_ratifications.csv:118", or the list's reference
 * number with its snapshot ("QDi.372 @ 2024-09-26"), as a reader would look it up.
 */
export function statementLocator(statement: { locator: string; file?: string | null; line?: number | null; snapshot?: string | null }): string {
  const base = (statement.locator || (statement.file ? `${statement.file}${statement.line ? `:${statement.line}` : ''}` : '')).replace(/\s*@\s*/, ' @ ');
  return statement.snapshot && !base.includes(statement.snapshot) ? `${base} @ ${statement.snapshot}` : base;
}
