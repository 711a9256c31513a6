/** RFC 4180 CSV, which spreadsheets open as is. */

/**
 * Quotes a field when it needs it. Text with a leading `=`, `+`, `-` or `@` is defused with an
 * apostrophe: quotes come from scraped web pages (some do start with "--"), and a spreadsheet would
 * otherwise run them as formulas. Numbers stay numbers, negative or not.
 */
export function csvField(value: unknown): string {
  let text = value === null || value === undefined ? '' : Array.isArray(value) ? value.join('; ') : String(value);
  if (typeof value !== 'number' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
