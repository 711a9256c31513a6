export { isoInterval, spanInterval, overlaps, liesOutside, toMonth, formatIsoPrefix, formatPeriod, type Interval } from './dates.js';
export { timeScale, paddedDomain, ticks, assignLanes, type TimeScale, type Tick } from './axis.js';
