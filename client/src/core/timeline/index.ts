export { isoInterval, spanInterval, overlaps, liesOutside, toMonth, formatIsoPrefix, formatPeriod, citationDate, type Interval } from './dates.js';
export { timeScale, paddedDomain, ticks, assignLanes, type TimeScale, type Tick } from './axis.js';
export { AS_OF_STATUSES, drawnAsOf, nodesOutOfForce, playYears, relationAsOf, type AsOfFacts, type AsOfStatus, type AsOfVerdict } from './as-of.js';
