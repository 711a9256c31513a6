/**
 * A strict RFC 4180 reader for the explorer's CSV files: records end with CRLF, and quoted
 * fields may hold commas, quotes and line breaks (descriptions and quotes do). Strict, so that
 * a test proves what the client writes is read back cell for cell.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const character = text[index]!;
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') (cell += '"'), index++;
      else if (character === '"') quoted = false;
      else cell += character;
    } else if (character === '"') quoted = true;
    else if (character === ',') row.push(cell), (cell = '');
    else if (character === '\r' && text[index + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), index++;
    else cell += character;
  }
  if (quoted || row.length || cell) throw new Error('The CSV does not end with a complete CRLF-terminated record.');
  return rows;
}
