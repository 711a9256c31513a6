import { describe, expect, it } from 'vitest';
import { beyondCoverage, onOrBefore, straddles } from '../../server/graphql/as-of.js';
import { membershipAsOf, participationAsOf } from '../../server/participation/statuses.js';

describe('"as of" a date prefix', () => {
  it('reads asOf as the last day of the period it names', () => {
    expect(onOrBefore('2015-06-30', '2015')).toBe(true);
    expect(onOrBefore('2016-01-01', '2015')).toBe(false);
    expect(onOrBefore('2015-07-01', '2015-06-30')).toBe(false);
    expect(straddles('2015-06-30', '2015')).toBe(false);
  });

  it('counts a year-only date within the year asked for a day of it, and says it may lie after', () => {
    expect(onOrBefore('2015', '2015-06-30')).toBe(true);
    expect(straddles('2015', '2015-06-30')).toBe(true);
    expect(straddles('2014', '2015-06-30')).toBe(false);
  });

  it("knows when asOf lies after a dataset's date", () => {
    expect(beyondCoverage('2015', '2014')).toBe(true);
    expect(beyondCoverage('2014', '2014')).toBe(false);
    expect(beyondCoverage('2014-06-30', '2014')).toBe(false);
    expect(beyondCoverage('2026', '2026-02-03')).toBe(true);
    expect(beyondCoverage('2026-02-03', '2026-02-03')).toBe(false);
  });
});

describe('treaty participation status', () => {
  const covered = { covered: true, coverageEnd: '2026-02-03' };
  it('is PARTY, SIGNATORY or NONE by the consent and signature dates', () => {
    const ratified = { ...covered, consentDate: '2000-03-23', signatureDate: '1993-01-14' };
    expect(participationAsOf(ratified, null)).toMatchObject({ status: 'PARTY', asOf: '2026-02-03', datePrecision: 'DAY', certain: true });
    expect(participationAsOf(ratified, '1999')).toMatchObject({ status: 'SIGNATORY', certain: true });
    expect(participationAsOf(ratified, '1992')).toMatchObject({ status: 'NONE', datePrecision: null });
  });

  it('marks a year-only consent inside the asked period as uncertain', () => {
    expect(participationAsOf({ ...covered, consentDate: '2015', signatureDate: null }, '2015-06-30')).toMatchObject({
      status: 'PARTY',
      datePrecision: 'YEAR',
      certain: false,
    });
  });

  it('is NO_DATA for a treaty no dataset covers, and after the dataset’s date with the last known status', () => {
    expect(participationAsOf({ consentDate: null, signatureDate: null, covered: false, coverageEnd: null }, '2015').status).toBe('NO_DATA');
    expect(participationAsOf({ ...covered, consentDate: '2017-12-08', signatureDate: null }, '2030')).toMatchObject({
      status: 'NO_DATA',
      lastKnown: 'PARTY',
      asOf: '2030',
    });
  });
});

describe('membership status', () => {
  const spell = { firstYear: 2005, lastYear: 2014, covered: true, coverageEnd: '2014' };
  it('is MEMBER within the spell years, NOT_MEMBER outside, NO_DATA after the data ends', () => {
    expect(membershipAsOf(spell, '2005-01-01').status).toBe('MEMBER');
    expect(membershipAsOf(spell, '2004').status).toBe('NOT_MEMBER');
    expect(membershipAsOf(spell, '2020')).toEqual({ status: 'NO_DATA', lastKnown: 'MEMBER', asOf: '2020' });
    expect(membershipAsOf(spell, null)).toEqual({ status: 'MEMBER', lastKnown: null, asOf: '2014' });
    expect(membershipAsOf({ ...spell, firstYear: null, lastYear: null }, '2010').status).toBe('NOT_MEMBER');
  });
});
