import { parseDocument } from 'yaml';
import type { SeedIssue } from './seed-issues';

/** Parses one YAML file; a syntax error becomes an issue with its line and column, and yields undefined. */
export function parseYaml(file: string, content: string, issues: SeedIssue[]): unknown {
  const document = parseDocument(content);
  if (document.errors.length === 0) return document.toJS();
  for (const error of document.errors) {
    const position = error.linePos?.[0];
    const where = position ? `line ${position.line}, column ${position.col}` : 'an unknown position';
    // yaml repeats the position and a code excerpt after the first line; the issue already has both.
    const message = (error.message.split('\n')[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, '');
    issues.push({ file, record: '(file)', field: '(yaml)', reason: `YAML syntax error at ${where}: ${message}` });
  }
  return undefined;
}

/** The records of an entity or relation file: a YAML list (an empty file holds none). */
export function parseYamlList(file: string, content: string, issues: SeedIssue[]): unknown[] {
  const parsed = parseYaml(file, content, issues);
  if (parsed === undefined || parsed === null) return [];
  if (Array.isArray(parsed)) return parsed;
  issues.push({ file, record: '(file)', field: '(yaml)', reason: 'must be a YAML list of records ("- id: ...")' });
  return [];
}

export function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
