import { describe, expect, it } from 'vitest';
import { nodesOutOfForce, playYears, relationAsOf, type AsOfFacts } from '../../client/src/core/timeline/index.js';

/** Kazakhstan acceded to the Arms Trade Treaty on 8 Dec 2017 (the UNTC status file). */
const KAZAKHSTAN_ATT: AsOfFacts = { type: 'PARTY_TO', startDate: '2017-12-08', signatureDate: null };
/** A state that signed in 2013 and ratified in 2014. */
const RATIFIED_ATT: AsOfFacts = { type: 'PARTY_TO', startDate: '2014-04-02', signatureDate: '2013-06-03' };

describe('a treaty consent as of a date', () => {
  it('is not yet in force before the consent, in force from its day on', () => {
    expect(relationAsOf(KAZAKHSTAN_ATT, '2016')).toEqual({ status: 'NOT_YET', reason: 'party from 8 Dec 2017' });
    expect(relationAsOf(KAZAKHSTAN_ATT, '2017-12-07').status).toBe('NOT_YET');
    expect(relationAsOf(KAZAKHSTAN_ATT, '2017-12-08')).toEqual({ status: 'IN_FORCE', reason: 'party since 8 Dec 2017' });
  });

  it('reads a year or a month asked as its last day, as the API does: as of 2017 Kazakhstan is a party', () => {
    expect(relationAsOf(KAZAKHSTAN_ATT, '2017').status).toBe('IN_FORCE');
    expect(relationAsOf(KAZAKHSTAN_ATT, '2017-12').status).toBe('IN_FORCE');
    expect(relationAsOf(KAZAKHSTAN_ATT, '2017-11').status).toBe('NOT_YET');
  });

  it('says when a state had signed but not yet consented', () => {
    expect(relationAsOf(RATIFIED_ATT, '2013')).toEqual({ status: 'NOT_YET', reason: 'signed on 3 Jun 2013; party from 2 Apr 2014' });
  });

  it('is in force from a signature (SIGNED)', () => {
    const signed: AsOfFacts = { type: 'SIGNED', startDate: '2013-09-24', signatureDate: '2013-09-24' };
    expect(relationAsOf(signed, '2013-09-23').status).toBe('NOT_YET');
    expect(relationAsOf(signed, '2020')).toEqual({ status: 'IN_FORCE', reason: 'signed since 24 Sep 2013' });
  });
});

describe('imprecise dates', () => {
  const yearOnly: AsOfFacts = { type: 'PARTY_TO', startDate: '2014' };
  it('is uncertain when a year-only date falls in the year of the day asked, and says it is year only', () => {
    expect(relationAsOf(yearOnly, '2014-06-30')).toEqual({ status: 'UNCERTAIN', reason: 'party since 2014 (year only): it may be after 30 Jun 2014' });
    expect(relationAsOf({ type: 'FUNDS', startDate: '2024-03' }, '2024-03-15')).toEqual({ status: 'UNCERTAIN', reason: 'in force since Mar 2024 (month only): it may be after 15 Mar 2024' });
  });

  it('is certain when the year-only date lies in another year, or the year itself is asked', () => {
    expect(relationAsOf(yearOnly, '2013-12-31').status).toBe('NOT_YET');
    expect(relationAsOf(yearOnly, '2015-01-01').status).toBe('IN_FORCE');
    expect(relationAsOf(yearOnly, '2014').status).toBe('IN_FORCE');
  });

  it('is uncertain when a year-only end falls in the year asked', () => {
    const ended: AsOfFacts = { type: 'HOLDS_POSITION', startDate: '2010', endDate: '2015' };
    expect(relationAsOf(ended, '2015-06')).toEqual({ status: 'UNCERTAIN', reason: 'ended in 2015 (year only): it may be after Jun 2015' });
    expect(relationAsOf(ended, '2015')).toEqual({ status: 'ENDED', reason: 'ended 2015' });
    expect(relationAsOf(ended, '2014-12-31').status).toBe('IN_FORCE');
  });

  it('keeps an undated relation in force, as the API does', () => {
    expect(relationAsOf({ type: 'IMPLEMENTS' }, '1990')).toEqual({ status: 'IN_FORCE', reason: 'undated: taken as in force' });
  });
});

describe('a sanctions listing and its delisting window', () => {
  // Listed in 2001, in the 2017-07-03 snapshot, gone from the 2024-09-26 one.
  const delisted: AsOfFacts = { type: 'LISTED_UNDER', startDate: '2001-10-06', delistedAfter: '2017-07-03', delistedBy: '2024-09-26' };
  it('is listed up to the last snapshot that lists it', () => {
    expect(relationAsOf(delisted, '2001-10-05').status).toBe('NOT_YET');
    expect(relationAsOf(delisted, '2010')).toEqual({ status: 'IN_FORCE', reason: 'listed since 6 Oct 2001' });
    expect(relationAsOf(delisted, '2017-07-03').status).toBe('IN_FORCE');
  });

  it('is uncertain between the two snapshots, saying "delisted by"', () => {
    expect(relationAsOf(delisted, '2017-07-04')).toEqual({
      status: 'UNCERTAIN',
      reason: 'delisted by 26 Sep 2024 (still listed on 3 Jul 2017): the date in between is unknown',
    });
    expect(relationAsOf(delisted, '2020').status).toBe('UNCERTAIN');
    expect(relationAsOf(delisted, '2017').status).toBe('UNCERTAIN');
  });

  it('is ended from the first snapshot without it', () => {
    expect(relationAsOf(delisted, '2024-09-26')).toEqual({ status: 'ENDED', reason: 'delisted by 26 Sep 2024 (still listed on 3 Jul 2017)' });
    expect(relationAsOf(delisted, '2024').status).toBe('ENDED');
  });

  it('keeps a current listing in force', () => {
    expect(relationAsOf({ type: 'LISTED_UNDER', startDate: '2011-03-23' }, '2026').status).toBe('IN_FORCE');
  });
});

describe('a membership spell (yearly data to 2014)', () => {
  const running: AsOfFacts = { type: 'MEMBER_OF', startDate: '1992', firstYear: 1992, lastYear: 2014 };
  const ended: AsOfFacts = { type: 'MEMBER_OF', startDate: '1995', endDate: '2006', firstYear: 1995, lastYear: 2005 };
  it('is a member for any date within its years, as the API says, not before', () => {
    expect(relationAsOf(running, '1992-01-01')).toEqual({ status: 'IN_FORCE', reason: 'member 1992–2014 (yearly data)' });
    expect(relationAsOf(running, '2014-12-31').status).toBe('IN_FORCE');
    expect(relationAsOf(running, '1991')).toEqual({ status: 'NOT_YET', reason: 'member from 1992 (yearly data)' });
  });

  it('is uncertain after 2014, when the data says nothing: never “ended”', () => {
    expect(relationAsOf(running, '2016')).toEqual({ status: 'UNCERTAIN', reason: 'member 1992–2014; no data after 2014' });
  });

  it('is ended after a spell the data shows ending', () => {
    expect(relationAsOf(ended, '2006')).toEqual({ status: 'ENDED', reason: 'member 1995–2005; not a member from 2006' });
    expect(relationAsOf(ended, '2005').status).toBe('IN_FORCE');
  });
});

describe('a relation its dataset no longer states', () => {
  it('is ended from that date', () => {
    const withdrawn: AsOfFacts = { type: 'PARTY_TO', startDate: '2014-04-02', withdrawnAsOf: '2026-02-03' };
    expect(relationAsOf(withdrawn, '2026-02-03')).toEqual({ status: 'ENDED', reason: 'no longer stated by its dataset as of 3 Feb 2026' });
    expect(relationAsOf(withdrawn, '2020').status).toBe('IN_FORCE');
  });
});

describe('which nodes go as of a date', () => {
  const links = [
    { source: 'state:KAZ', target: 'instrument:arms-trade-treaty', status: 'NOT_YET' as const },
    { source: 'state:GBR', target: 'instrument:arms-trade-treaty', status: 'IN_FORCE' as const },
    { source: 'state:FRA', target: 'instrument:arms-trade-treaty', status: 'UNCERTAIN' as const },
    { source: 'state:DEU', target: 'instrument:arms-trade-treaty', status: 'ENDED' as const },
    { source: 'state:DEU', target: 'org:x', status: 'ENDED' as const },
  ];
  it('hides a node all of whose links are not in force, keeping uncertain ones and those the reader keeps', () => {
    expect([...nodesOutOfForce(links, new Set())].sort()).toEqual(['org:x', 'state:DEU', 'state:KAZ']);
    expect([...nodesOutOfForce(links, new Set(['state:KAZ']))].sort()).toEqual(['org:x', 'state:DEU']);
  });

  it('hides the hub too when none of its links holds yet', () => {
    expect([...nodesOutOfForce(links.slice(0, 1), new Set())].sort()).toEqual(['instrument:arms-trade-treaty', 'state:KAZ']);
  });
});

describe('the years a play steps through', () => {
  it('runs from the earliest start in view to the last year, ignoring undated links', () => {
    expect(playYears(['2017-12-08', '2014', null, 'undated', '2013-09-24'], 2016)).toEqual([2013, 2014, 2015, 2016]);
    expect(playYears([null], 2025)).toEqual([]);
  });
});
