/** One thing wrong with the seed data, precise enough for a curator to find and fix it. */
export interface SeedIssue {
  file: string;
  /** The record's id, or "#<index>" (0-based position in its file) when it has no usable id. */
  record: string;
  field: string;
  reason: string;
}

export function formatSeedIssue(issue: SeedIssue): string {
  return `${issue.file} › ${issue.record} › ${issue.field}: ${issue.reason}`;
}

/** Thrown once with every issue found, so a curator fixes them all in one pass instead of one per run. */
export class SeedValidationError extends Error {
  readonly code = 'SEED_INVALID';
  readonly issues: SeedIssue[];

  constructor(issues: SeedIssue[]) {
    super(
      `The seed data has ${issues.length} issue${issues.length === 1 ? '' : 's'}:\n` +
        issues.map(formatSeedIssue).join('\n'),
    );
    this.name = 'SeedValidationError';
    this.issues = issues;
  }
}
