import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReferenceEvidence, ReferenceImport } from '../../seed/reference/types.js';

/** Every evidence item of an import: its entities' and its relations'. */
export function allEvidence(result: ReferenceImport): ReferenceEvidence[] {
  return [...result.entities.flatMap((entity) => entity.evidence), ...result.relations.flatMap((relation) => relation.evidence)];
}

/**
 * The quotes that are NOT found byte for byte in their file at their line: the file's text from
 * the start of `line` (each line's trailing '\r' dropped, as the CSV quotes drop their line
 * ending) must start with the quote. Read with plain fs, not with any parser's code.
 */
export function misquoted(referenceDataDir: string, evidence: ReferenceEvidence[]): string[] {
  const files = new Map<string, string[]>();
  const linesOf = (file: string) => {
    let lines = files.get(file);
    if (!lines) {
      lines = readFileSync(join(referenceDataDir, file), 'utf8').split('\n');
      files.set(file, lines);
    }
    return lines;
  };
  return evidence
    .filter((item) => {
      const from = linesOf(item.file)
        .slice(item.line - 1, item.line - 1 + item.quote.split('\n').length)
        .map((line) => line.replace(/\r$/, ''))
        .join('\n');
      return item.line < 1 || item.quote.length === 0 || !from.startsWith(item.quote);
    })
    .map((item) => `${item.locator}: ${item.quote.slice(0, 80)}`);
}
