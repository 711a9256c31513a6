import type { SeedIssue } from './seed-issues';

interface IdentifiedRecord {
  id: string;
  file: string;
}

/** Reports every record whose id an earlier record already took. */
export function checkDuplicateIds(records: readonly IdentifiedRecord[], issues: SeedIssue[], hint = ''): void {
  const firstFile = new Map<string, string>();
  for (const record of records) {
    const earlier = firstFile.get(record.id);
    if (earlier === undefined) {
      firstFile.set(record.id, record.file);
    } else {
      issues.push({
        file: record.file,
        record: record.id,
        field: 'id',
        reason: `duplicate id: already used in ${earlier}${hint}`,
      });
    }
  }
}
