/**
 * The list's dates as ISO 8601 prefixes. Some snapshots write an XML Schema timezone suffix on
 * a plain date ("2015-03-27-04:00", "1960-01-01-05:00"): the day is the date, the suffix only
 * says in which timezone the database stored it, so it is dropped.
 */
const DATE_WITH_ZONE = /^(\d{4}-\d{2}-\d{2})(?:Z|[+-]\d{2}:\d{2})?$/;
const YEAR = /^\d{4}$/;

export function isoDate(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  const match = DATE_WITH_ZONE.exec(trimmed);
  if (match) return match[1];
  return YEAR.test(trimmed) ? trimmed : undefined;
}
