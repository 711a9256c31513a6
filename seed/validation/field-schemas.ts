import { z } from 'zod';
import { describeDateProblem, endsBeforeItStarts } from './iso-dates';

/** Says "is missing" rather than zod's "expected string, received undefined". */
function typeError(expected: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined ? 'is missing' : `must be ${expected}, got ${JSON.stringify(issue.input)}`;
}

/** A value from one of the model's closed lists, with the list in the message. */
export function oneOf<const Values extends readonly [string, ...string[]]>(values: Values) {
  const list = values.map((value) => `"${value}"`).join(', ');
  return z.enum(values, {
    error: (issue) =>
      issue.input === undefined ? `is missing: one of ${list}` : `must be one of ${list}, got ${JSON.stringify(issue.input)}`,
  });
}

/** Text that must say something: names, descriptions, doubts. */
export const text = z
  .string({ error: typeError('text') })
  .refine((value) => value.trim().length > 0, { message: 'must not be empty' });

/** A date as an ISO 8601 prefix; YAML turns a bare 2020 into a number, so it must be quoted. */
export const isoDate = z
  .string({ error: typeError('a quoted ISO 8601 date prefix such as "2020" or "2020-02-20"') })
  .superRefine((value, context) => {
    const problem = describeDateProblem(value);
    if (problem !== undefined) context.addIssue({ code: 'custom', message: problem });
  });

export const evidence = z.strictObject({
  source: z.string({ error: typeError('a source id such as "src:000"') }).min(1, 'must not be empty'),
  // Not trimmed: a quote is compared byte for byte with its document.
  quote: z.string({ error: typeError('a passage copied from the source') }).min(1, 'must not be empty'),
});

export const evidenceList = z
  .array(evidence, {
    error: (issue) =>
      issue.input === undefined
        ? 'is missing: every record needs at least one {source, quote} from the documents'
        : 'must be a list of {source, quote} entries',
  })
  .min(1, 'must list at least one {source, quote} from the documents');

/** Adds an issue at `endDate` when a record's period ends before it starts. */
export function checkPeriod(record: { readonly [field: string]: unknown }, context: z.RefinementCtx): void {
  const { startDate, endDate } = record;
  if (typeof startDate !== 'string' || typeof endDate !== 'string') return;
  if (describeDateProblem(startDate) || describeDateProblem(endDate)) return;
  if (endsBeforeItStarts(startDate, endDate)) {
    context.addIssue({
      code: 'custom',
      path: ['endDate'],
      message: `ends (${endDate}) before it starts (${startDate})`,
    });
  }
}
