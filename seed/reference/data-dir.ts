import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPOSITORY_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Where the public reference data sets are: `REFERENCE_DATA_DIR`, or `../shared/reference-data`
 * beside the repository (where a clone of the project finds them).
 */
export function referenceDataDir(environment: NodeJS.ProcessEnv = process.env): string {
  return resolve(REPOSITORY_ROOT, environment.REFERENCE_DATA_DIR ?? '../shared/reference-data');
}

/** True when the reference data is where referenceDataDir() says (a README at its root). */
export function hasReferenceData(directory: string = referenceDataDir()): boolean {
  return existsSync(resolve(directory, 'README.md'));
}
