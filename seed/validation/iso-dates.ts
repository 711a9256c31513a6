const ISO_DATE_PREFIX = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Why `value` is not an ISO 8601 date prefix (YYYY, YYYY-MM or YYYY-MM-DD), or undefined when it is one.
 * Prefixes let the data say exactly as much as a source does, never an invented month or day.
 */
export function describeDateProblem(value: string): string | undefined {
  const match = ISO_DATE_PREFIX.exec(value);
  if (!match) {
    return `"${value}" is not an ISO 8601 date prefix (YYYY, YYYY-MM or YYYY-MM-DD)`;
  }
  const year = Number(match[1]);
  if (match[2] === undefined) return undefined;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return `"${value}" has month ${match[2]}, which does not exist`;
  if (match[3] === undefined) return undefined;
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) {
    return `"${value}" has day ${match[3]}, which does not exist in ${match[1]}-${match[2]}`;
  }
  return undefined;
}

/**
 * True when the period ends before it starts. Prefixes are compared at their common precision,
 * so "2020" to "2020-02-21" is a valid period and "2021" to "2020-12" is not.
 */
export function endsBeforeItStarts(startDate: string, endDate: string): boolean {
  const precision = Math.min(startDate.length, endDate.length);
  return endDate.slice(0, precision) < startDate.slice(0, precision);
}
