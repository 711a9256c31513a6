import { describe, expect, it } from 'vitest';
import {
  citationDate,
  assignLanes,
  formatIsoPrefix,
  formatPeriod,
  isoInterval,
  liesOutside,
  overlaps,
  paddedDomain,
  spanInterval,
  ticks,
  timeScale,
  toMonth,
} from '../../client/src/core/timeline/index.js';
import { seedEntity } from './seed-fixtures.js';

const utc = Date.UTC;

describe('ISO prefixes as intervals', () => {
  it.each<[string, number, number]>([
    ['2020', utc(2020, 0, 1), utc(2021, 0, 1)],
    ['2020-02', utc(2020, 1, 1), utc(2020, 2, 1)],
    ['2020-02-20', utc(2020, 1, 20), utc(2020, 1, 21)],
    ['2020-02-29', utc(2020, 1, 29), utc(2020, 2, 1)],
    ['2020-12', utc(2020, 11, 1), utc(2021, 0, 1)],
    ['2020-12-31', utc(2020, 11, 31), utc(2021, 0, 1)],
    ['2020-02-20T10:30:00Z', utc(2020, 1, 20), utc(2020, 1, 21)],
  ])('%s covers its whole year, month or day', (value, start, end) => {
    expect(isoInterval(value)).toEqual({ start, end });
  });

  it('makes the year of a one-digit month, ignoring the stray part', () => {
    expect(isoInterval('2020-2')).toEqual({ start: utc(2020, 0, 1), end: utc(2021, 0, 1) });
  });

  it.each([null, undefined, '', 'Feb 2020', '20', 'c. 2020'])('has no interval for %j', (value) => {
    expect(isoInterval(value)).toBeNull();
  });

  it('spans from the start of the first date to the end of the last', () => {
    expect(spanInterval('2020', '2021')).toEqual({ start: utc(2020, 0, 1), end: utc(2022, 0, 1) });
    expect(spanInterval('2020-02-20', '2020-02-21')).toEqual({ start: utc(2020, 1, 20), end: utc(2020, 1, 22) });
  });

  it('treats a lone start or a lone end as that one date', () => {
    expect(spanInterval('2024', null)).toEqual({ start: utc(2024, 0, 1), end: utc(2025, 0, 1) });
    expect(spanInterval(null, '2021')).toEqual({ start: utc(2021, 0, 1), end: utc(2022, 0, 1) });
    expect(spanInterval('garbled', '2021-03')).toEqual({ start: utc(2021, 2, 1), end: utc(2021, 3, 1) });
    expect(spanInterval(null, undefined)).toBeNull();
  });

  it('never ends before it starts, even when the end date is earlier', () => {
    expect(spanInterval('2021', '2020')).toEqual({ start: utc(2021, 0, 1), end: utc(2022, 0, 1) });
  });

  it('does not count intervals that merely touch as overlapping', () => {
    const year2020 = isoInterval('2020')!;
    expect(overlaps(year2020, isoInterval('2021')!)).toBe(false);
    expect(overlaps(year2020, isoInterval('2020-12-31')!)).toBe(true);
    expect(overlaps(isoInterval('2020-06')!, year2020)).toBe(true);
  });
});

describe('dates for the reader', () => {
  it('snaps an instant to its month', () => {
    expect(toMonth(utc(2020, 1, 20, 12))).toBe('2020-02');
    expect(toMonth(utc(1999, 11, 31, 23, 59))).toBe('1999-12');
  });

  it.each([
    ['2020', '2020'],
    ['2020-02', 'Feb 2020'],
    ['2020-02-05', '5 Feb 2020'],
    ['2024-03-12T09:00', '12 Mar 2024'],
    ['sometime', 'sometime'],
  ])('writes %s as %s, no more precise than the source', (value, written) => {
    expect(formatIsoPrefix(value)).toBe(written);
  });

  it.each<[string | null, string | null, string]>([
    ['2020', '2021', '2020 – 2021'],
    ['2024-03-12', '2024-03-15', '12 Mar 2024 – 15 Mar 2024'],
    ['2020-02', '2020-02', 'Feb 2020'],
    ['2020', null, '2020'],
    [null, '2021', 'until 2021'],
    [null, null, ''],
  ])('writes the period %s to %s as %j', (start, end, written) => {
    expect(formatPeriod(start, end)).toBe(written);
  });
});

describe('fading what lies outside a brushed period', () => {
  const presentation = seedEntity('event:project-presentation-2020-02');
  const firstPhase = seedEntity('project:terrorism-arms-crime-nexus-first-phase');
  const outside = (item: { startDate?: string | null; endDate?: string | null }, from: string, to: string) => liesOutside(item.startDate, item.endDate, { from, to });

  it('keeps an event the period touches, at any precision of the range', () => {
    expect(outside(presentation, '2020-02', '2020-02')).toBe(false);
    expect(outside(presentation, '2020', '2020')).toBe(false);
    expect(outside(presentation, '2020-02-21', '2020-02-21')).toBe(false);
    expect(outside(presentation, '2019', '2020-02-20')).toBe(false);
  });

  it('fades an event wholly before or after the period', () => {
    expect(outside(presentation, '2020-02-22', '2024')).toBe(true);
    expect(outside(presentation, '2019', '2020-01')).toBe(true);
    expect(outside(presentation, '2020-03', '2020-03')).toBe(true);
  });

  it('keeps a two-year project for any month of its second year, and fades it after', () => {
    expect(outside(firstPhase, '2021-12', '2021-12')).toBe(false);
    expect(outside(firstPhase, '2022-01', '2023')).toBe(true);
  });

  it('keeps a year-dated element for the last day of that year', () => {
    expect(outside({ startDate: '2020' }, '2020-12-31', '2020-12-31')).toBe(false);
  });

  it('never fades undated elements, and fades nothing for a garbled range', () => {
    expect(outside({}, '2020', '2021')).toBe(false);
    expect(outside({ startDate: null, endDate: null }, '2020', '2021')).toBe(false);
    expect(outside(presentation, 'soon', 'later')).toBe(false);
  });
});

describe('the time axis', () => {
  it('maps times to pixels inside the padding, and pixels back to times', () => {
    const scale = timeScale({ start: 0, end: 100 }, 200, 10);
    expect([scale.toPixel(0), scale.toPixel(50), scale.toPixel(100)]).toEqual([10, 100, 190]);
    expect(scale.toTime(100)).toBe(50);
    expect(scale.toTime(scale.toPixel(37))).toBeCloseTo(37);
  });

  it('clamps a brush dragged beyond the axis to its ends', () => {
    const scale = timeScale({ start: 1000, end: 2000 }, 200, 10);
    expect(scale.toTime(-50)).toBe(1000);
    expect(scale.toTime(5000)).toBe(2000);
  });

  it('survives a domain of one instant and an axis narrower than its padding', () => {
    const scale = timeScale({ start: 5, end: 5 }, 10, 10);
    expect(Number.isFinite(scale.toPixel(5))).toBe(true);
    expect(Number.isFinite(scale.toTime(3))).toBe(true);
  });

  it('pads the domain to whole years around the items', () => {
    expect(paddedDomain([])).toBeNull();
    expect(paddedDomain([isoInterval('2024-03')!, isoInterval('2020-02-20')!])).toEqual({ start: utc(2020, 0, 1), end: utc(2025, 0, 1) });
    // An item ending at midnight on 1 January belongs to the year before.
    expect(paddedDomain([isoInterval('2020')!])).toEqual({ start: utc(2020, 0, 1), end: utc(2021, 0, 1) });
  });

  it('ticks quarters over a short domain, years being major', () => {
    const result = ticks({ start: utc(2020, 0, 1), end: utc(2022, 0, 1) });
    expect(result.map((tick) => tick.label)).toEqual(['2020', 'Q2', 'Q3', 'Q4', '2021', 'Q2', 'Q3', 'Q4', '2022']);
    expect(result.filter((tick) => tick.major).map((tick) => tick.time)).toEqual([utc(2020, 0, 1), utc(2021, 0, 1), utc(2022, 0, 1)]);
  });

  it('ticks only years over a long domain', () => {
    const result = ticks({ start: utc(2000, 0, 1), end: utc(2010, 0, 1) });
    expect(result).toHaveLength(11);
    expect(result.every((tick) => tick.major)).toBe(true);
    expect(result[10]?.label).toBe('2010');
  });

  it('ticks nothing outside the domain', () => {
    expect(ticks({ start: utc(2020, 1, 1), end: utc(2020, 11, 1) }).map((tick) => tick.label)).toEqual(['Q2', 'Q3', 'Q4']);
  });

  it('puts overlapping items on separate lanes and reuses freed lanes, in input order', () => {
    const items = [
      { start: 30, end: 40 },
      { start: 0, end: 10 },
      { start: 5, end: 15 },
      { start: 12, end: 20 },
    ];
    expect(assignLanes(items, 0)).toEqual([0, 0, 1, 0]);
    expect(assignLanes(items, 5)).toEqual([0, 0, 1, 2]);
    expect(assignLanes([], 5)).toEqual([]);
  });
});

describe('a source’s date in a citation', () => {
  it('prints a stated date, and says so when the document states none', () => {
    expect(citationDate('2024-03-12')).toBe('12 Mar 2024');
    expect(citationDate('2020')).toBe('2020');
    expect(citationDate(null)).toBe('date not stated');
    expect(citationDate(undefined)).toBe('date not stated');
  });
});
