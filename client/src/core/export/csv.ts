/** RFC 4180 CSV, which spreadsheets open as is. */

/**
 * Quotes a field when it needs it. A leading `=`, `+` or `@` is defused with an apostrophe:
 * quotes come from scraped web pages, and a spreadsheet would otherwise run them as formulas.
 */
export function csvField(value: unknown): string {
  let text = value === null || value === undefined ? '' : Array.isArray(value) ? value.join('; ') : String(value);
  if (/^[=+@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
