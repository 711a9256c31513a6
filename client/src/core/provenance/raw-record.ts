/**
 * A verbatim record (a CSV line, an XML element's text) can run to dozens of lines: the panel
 * shows its first few and a "show all" button. Pure, so the cut is unit-tested.
 */
export interface RecordPreview {
  /** The first lines, or the whole record when it is short. */
  preview: string;
  /** How many lines the preview leaves out (0: nothing hidden). */
  hiddenLines: number;
  totalLines: number;
}

export const PREVIEW_LINES = 4;

export function recordPreview(quote: string, lines = PREVIEW_LINES): RecordPreview {
  const all = quote.split(/\r?\n/);
  // One extra line is not worth a button: show it.
  if (all.length <= lines + 1) return { preview: quote, hiddenLines: 0, totalLines: all.length };
  return { preview: all.slice(0, lines).join('\n'), hiddenLines: all.length - lines, totalLines: all.length };
}

/**
 * Where a reference record is: "arms_control_ratifications.csv:118", or the list's reference
 * number with its snapshot ("QDi.372 @ 2024-09-26"), as a reader would look it up.
 */
export function statementLocator(statement: { locator: string; file?: string | null; line?: number | null; snapshot?: string | null }): string {
  const base = statement.locator || (statement.file ? `${statement.file}${statement.line ? `:${statement.line}` : ''}` : '');
  return statement.snapshot && !base.includes(statement.snapshot) ? `${base} @ ${statement.snapshot}` : base;
}
