import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import {
  DEFAULT_SEED_DIRECTORY,
  SeedValidationError,
  parseDataset,
  type SeedFile,
  type SeedIssue,
} from '../../seed/validation';

/**
 * The real seed files, in memory, so each malformed case is the real dataset plus one mistake:
 * the case then proves both that the mistake is caught and that nothing else is reported.
 */
function readRealSeed(): { files: SeedFile[]; sourceTexts: Map<string, string> } {
  const files = (['sources', 'entities', 'relations'] as const).flatMap((folder) =>
    readdirSync(join(DEFAULT_SEED_DIRECTORY, folder))
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => ({
        path: `${folder}/${name}`,
        content: readFileSync(join(DEFAULT_SEED_DIRECTORY, folder, name), 'utf8'),
      })),
  );
  const sourcesDirectory = join(DEFAULT_SEED_DIRECTORY, 'sources');
  const sourceTexts = new Map(
    readdirSync(sourcesDirectory)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => [name, readFileSync(join(sourcesDirectory, name), 'utf8')] as const),
  );
  return { files, sourceTexts };
}

export const realSeed = readRealSeed();

/** The real files with `path` rewritten (or added, when it does not exist yet). */
export function withFile(path: string, edit: (content: string) => string): SeedFile[] {
  const exists = realSeed.files.some((file) => file.path === path);
  const files = realSeed.files.map((file) => (file.path === path ? { path, content: edit(file.content) } : file));
  return exists ? files : [...files, { path, content: edit('') }];
}

/** The real files with `records` appended to the list in `path`. */
export function withRecords(path: string, ...records: Record<string, unknown>[]): SeedFile[] {
  return withFile(path, (content) => `${content}\n${stringify(records)}`);
}

/** Every issue parseDataset reports for `files`; an empty list when it accepts them. */
export function issuesOf(files: SeedFile[], sourceTexts: ReadonlyMap<string, string> = realSeed.sourceTexts): SeedIssue[] {
  try {
    parseDataset(files, sourceTexts);
    return [];
  } catch (error) {
    if (error instanceof SeedValidationError) return error.issues;
    throw error;
  }
}

const validEvidence = [{ source: 'src:000', quote: 'jointly launched a project' }];

/** A well-formed Organization that only the tests use; each case spoils one thing. */
export function testOrganization(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'org:test-body',
    kind: 'Organization',
    name: 'Test Body',
    aliases: [],
    description: 'A body that exists only in this test.',
    scope: 'international',
    evidence: validEvidence,
    ...overrides,
  };
}

/** A well-formed relation between two real entities that the real data does not already join. */
export function testRelation(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'ATTENDED',
    from: 'org:sco',
    to: 'event:project-launch',
    evidence: validEvidence,
    ...overrides,
  };
}

export function withoutField(record: Record<string, unknown>, field: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => key !== field));
}
