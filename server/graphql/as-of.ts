import { describeDateProblem } from '../../seed/validation/iso-dates.js';
import { BadInputError } from '../database/errors.js';

/**
 * "As of" a date, with dates as ISO 8601 prefixes as precise as the data is (`2015`, `2015-06`,
 * `2015-06-30`). An `asOf` names a period and is read as its LAST day: "as of 2015" is the
 * state at the end of 2015, so a consent of 2015-06-30 counts. Two dates are compared at the
 * precision they share; when the fact's date is coarser than `asOf` and the two agree at that
 * precision (a consent dated only `2015`, asked as of `2015-06-30`), the fact is counted but the
 * answer is not certain: it may fall after `asOf` within its year.
 */

export type DatePrecision = 'YEAR' | 'MONTH' | 'DAY';

/** An `asOf` argument, checked: an ISO 8601 prefix, else BAD_USER_INPUT naming the field. */
export function checkAsOf(field: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const problem = describeDateProblem(value);
  if (problem !== undefined) throw new BadInputError(`${field}: asOf: ${problem}.`);
  return value;
}

export function precisionOf(date: string): DatePrecision {
  return date.length <= 4 ? 'YEAR' : date.length <= 7 ? 'MONTH' : 'DAY';
}

function common(a: string, b: string): [string, string] {
  const precision = Math.min(a.length, b.length);
  return [a.slice(0, precision), b.slice(0, precision)];
}

/** The fact dated `date` had happened by `asOf` (the end of the period `asOf` names). */
export function onOrBefore(date: string, asOf: string): boolean {
  const [fact, bound] = common(date, asOf);
  return fact <= bound;
}

/** `date` is coarser than `asOf` and agrees with it at its precision: it may lie either side. */
export function straddles(date: string, asOf: string): boolean {
  const [fact, bound] = common(date, asOf);
  return fact === bound && date.length < asOf.length;
}

/** The period `asOf` names ends after `coverageEnd`, the last date a dataset speaks for. */
export function beyondCoverage(asOf: string, coverageEnd: string): boolean {
  const [bound, end] = common(asOf, coverageEnd);
  return bound > end || (bound === end && asOf.length < coverageEnd.length);
}
