import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDataset } from './parse-dataset';
import { SeedValidationError } from './seed-issues';
import type { Dataset, SeedFile } from './types';

/** The seed directory this module lives in, so callers need not know where they were started from. */
export const DEFAULT_SEED_DIRECTORY = fileURLToPath(new URL('..', import.meta.url));

const SEED_FOLDERS = ['sources', 'entities', 'relations'] as const;

function listFiles(directory: string, extension: RegExp): string[] {
  return readdirSync(directory)
    .filter((name) => extension.test(name))
    .sort();
}

/** Reads every seed file under `seedDirectory`, validates it all, and returns the dataset or throws SeedValidationError. */
export function loadDataset(seedDirectory: string = DEFAULT_SEED_DIRECTORY): Dataset {
  const missing = SEED_FOLDERS.filter((folder) => !existsSync(join(seedDirectory, folder)));
  if (missing.length > 0) {
    throw new SeedValidationError(
      missing.map((folder) => ({
        file: `${folder}/`,
        record: '(folder)',
        field: '(path)',
        reason: `is missing from ${seedDirectory}`,
      })),
    );
  }
  const files: SeedFile[] = SEED_FOLDERS.flatMap((folder) =>
    listFiles(join(seedDirectory, folder), /\.ya?ml$/).map((name) => ({
      path: `${folder}/${name}`,
      content: readFileSync(join(seedDirectory, folder, name), 'utf8'),
    })),
  );
  const sourcesDirectory = join(seedDirectory, 'sources');
  const sourceTexts = new Map(
    listFiles(sourcesDirectory, /\.txt$/).map((name) => [name, readFileSync(join(sourcesDirectory, name), 'utf8')]),
  );
  return parseDataset(files, sourceTexts);
}
