/**
 * The sources date things to the year, the month or the day ("2020", "2020-02", "2020-02-20"),
 * so every date is an interval: "2020" is all of 2020, not 1 January. Times are UTC milliseconds,
 * half-open [start, end).
 */

export interface Interval {
  start: number;
  end: number;
}

const ISO_PREFIX = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

export function isoInterval(value: string | null | undefined): Interval | null {
  const match = value ? ISO_PREFIX.exec(value) : null;
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) - 1 : undefined;
  const day = match[3] ? Number(match[3]) : undefined;
  if (month === undefined) return { start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1) };
  if (day === undefined) return { start: Date.UTC(year, month, 1), end: Date.UTC(year, month + 1, 1) };
  return { start: Date.UTC(year, month, day), end: Date.UTC(year, month, day + 1) };
}

/** The span from the start of `startDate` to the end of `endDate` (or of `startDate` when open). */
export function spanInterval(startDate: string | null | undefined, endDate: string | null | undefined): Interval | null {
  const start = isoInterval(startDate);
  const end = isoInterval(endDate) ?? start;
  if (!start || !end) return isoInterval(endDate);
  return { start: start.start, end: Math.max(start.end, end.end) };
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.start < b.end && b.start < a.end;
}

/** An instant as a month prefix ("2020-02"): brushing snaps to months, the finest grain most sources give. */
export function toMonth(time: number): string {
  const date = new Date(time);
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** "2020", "Feb 2020" or "20 Feb 2020", as precise as the source and no more. */
export function formatIsoPrefix(value: string): string {
  const match = ISO_PREFIX.exec(value);
  if (!match) return value;
  const [, year, month, day] = match;
  if (!month) return year!;
  const monthName = MONTHS[Number(month) - 1] ?? month;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** "2020 – 2021", "Feb 2020" or "until 2021". */
export function formatPeriod(startDate: string | null | undefined, endDate: string | null | undefined): string {
  if (startDate && endDate && startDate !== endDate) return `${formatIsoPrefix(startDate)} – ${formatIsoPrefix(endDate)}`;
  if (startDate) return formatIsoPrefix(startDate);
  if (endDate) return `until ${formatIsoPrefix(endDate)}`;
  return '';
}

/** True when the element is dated and its dates fall wholly outside the range; undated elements never do. */
export function liesOutside(
  startDate: string | null | undefined,
  endDate: string | null | undefined,
  range: { from: string; to: string },
): boolean {
  const span = spanInterval(startDate, endDate);
  const window = spanInterval(range.from, range.to);
  return span !== null && window !== null && !overlaps(span, window);
}

/** A source's date as a citation prints it: a document that states no date of its own says so, rather than going blank. */
export function citationDate(date: string | null | undefined): string {
  return date ? formatIsoPrefix(date) : 'date not stated';
}
