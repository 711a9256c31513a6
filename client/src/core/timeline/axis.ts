import type { Interval } from './dates.js';

/** A linear map between a time domain and pixels, with its inverse for brushing. */
export interface TimeScale {
  domain: Interval;
  width: number;
  toPixel(time: number): number;
  toTime(pixel: number): number;
}

export function timeScale(domain: Interval, width: number, padding = 0): TimeScale {
  const span = Math.max(domain.end - domain.start, 1);
  const inner = Math.max(width - 2 * padding, 1);
  return {
    domain,
    width,
    toPixel: (time) => padding + ((time - domain.start) / span) * inner,
    toTime: (pixel) => domain.start + ((Math.min(Math.max(pixel, padding), width - padding) - padding) / inner) * span,
  };
}

/** The domain to draw: whole years around the items, so year-precision dates sit inside a year. */
export function paddedDomain(intervals: readonly Interval[]): Interval | null {
  if (intervals.length === 0) return null;
  // Folded, not spread into Math.min/max: a spread of 100k+ values overflows the stack.
  const start = new Date(intervals.reduce((least, interval) => Math.min(least, interval.start), Infinity)).getUTCFullYear();
  const end = new Date(intervals.reduce((most, interval) => Math.max(most, interval.end), -Infinity) - 1).getUTCFullYear();
  return { start: Date.UTC(start, 0, 1), end: Date.UTC(end + 1, 0, 1) };
}

export interface Tick {
  time: number;
  label: string;
  major: boolean;
}

/** Year ticks, and quarter ticks when the domain is short enough for them to be read. */
export function ticks(domain: Interval): Tick[] {
  const first = new Date(domain.start).getUTCFullYear();
  const last = new Date(domain.end).getUTCFullYear();
  const quarters = last - first <= 4;
  const result: Tick[] = [];
  for (let year = first; year <= last; year++) {
    for (let month = 0; month < 12; month += quarters ? 3 : 12) {
      const time = Date.UTC(year, month, 1);
      if (time < domain.start || time > domain.end) continue;
      result.push({ time, label: month === 0 ? String(year) : `Q${month / 3 + 1}`, major: month === 0 });
    }
  }
  return result;
}

/**
 * Rows for the items so that none overlaps another in pixels (greedy, in start order): the
 * timeline stays readable when several events fall in the same month.
 */
export function assignLanes(items: readonly { start: number; end: number }[], minimumGap: number): number[] {
  const order = items.map((item, index) => ({ ...item, index })).sort((a, b) => a.start - b.start);
  const laneEnds: number[] = [];
  const lanes = new Array<number>(items.length).fill(0);
  for (const item of order) {
    let lane = laneEnds.findIndex((end) => end + minimumGap <= item.start);
    if (lane === -1) lane = laneEnds.push(item.end) - 1;
    else laneEnds[lane] = item.end;
    lanes[item.index] = lane;
  }
  return lanes;
}
