import type { z } from 'zod';
import type { SeedIssue } from './seed-issues';

/** "evidence[0].quote" rather than zod's ["evidence", 0, "quote"]. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

/** Turns a zod failure into seed issues; a misspelt field is named with the fields that are allowed. */
export function toSeedIssues(
  error: z.ZodError,
  location: { file: string; record: string },
  allowedFields: readonly string[],
  recordDescription: string,
): SeedIssue[] {
  return error.issues.flatMap((issue): SeedIssue[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        ...location,
        field: formatFieldPath([...issue.path, key]),
        reason: `is not a field of ${recordDescription} (allowed: ${allowedFields.join(', ')})`,
      }));
    }
    return [{ ...location, field: formatFieldPath(issue.path) || '(record)', reason: issue.message }];
  });
}
