import { describe, expect, it } from 'vitest';
import { delistingWindow, sanctionsStatusText, toSanctionsRow, type SanctionsEntryRecord } from '../../client/src/core/sanctions/index.js';
import { referenceFactLines } from '../../client/src/core/provenance/index.js';

const DELISTED: SanctionsEntryRecord = {
  id: 'LISTED_UNDER:org:un-qde-102->instrument:unsc-sanctions-al-qaida#unsc:QDe.102:listing',
  referenceNumber: 'QDe.102',
  entity: { id: 'org:un-qde-102', kind: 'Organization', name: 'DJAMAT HOUMAT DAAWA SALAFIA (DHDS)' },
  regime: { id: 'instrument:unsc-sanctions-al-qaida', name: 'UN Security Council sanctions list: Al-Qaida' },
  listedOn: '2003-11-11',
  listingStatus: 'delisted',
  delistedAfter: '2017-07-03',
  delistedBy: '2024-09-26',
  nationalities: [],
  names: [
    { name: 'DJAMAT HOUMAT DAAWA SALAFIA (DHDS)', quality: 'strong', originalScript: false, dataset: { id: 'dataset:un-sc-consolidated' } },
    { name: 'Katibat el Ahouel', quality: 'weak', originalScript: false, dataset: { id: 'dataset:un-sc-consolidated' } },
    { name: 'Djamaat Houmah Al-Dawah Al-Salafiat', quality: 'strong', originalScript: false, dataset: { id: 'dataset:un-sc-consolidated' } },
    { name: 'جماعة حماة الدعوة السلفية', quality: 'strong', language: 'ar', script: 'Arab', originalScript: true, dataset: { id: 'dataset:un-sc-consolidated' } },
  ],
  associates: [],
  associateCount: 0,
};

describe('a sanctions entry as a row of the panel', () => {
  it('says when a delisted entry left the list, between the two snapshots', () => {
    expect(delistingWindow('2017-07-03', '2024-09-26')).toBe('delisted between 3 Jul 2017 and 26 Sep 2024');
    expect(delistingWindow('2017-07-03', null)).toBe('delisted after 3 Jul 2017');
    expect(delistingWindow(null, '2024')).toBe('delisted by 2024');
    expect(toSanctionsRow(DELISTED)).toMatchObject({ status: 'delisted', statusText: 'Delisted between 3 Jul 2017 and 26 Sep 2024', listedOn: '11 Nov 2003', referenceNumber: 'QDe.102' });
    expect(sanctionsStatusText({ listingStatus: 'current', delistedAfter: null, delistedBy: null })).toBe('Current');
  });

  it('lists other names strong first with weak ones flagged, and original-script names with their language and direction', () => {
    const row = toSanctionsRow(DELISTED);
    expect(row.aliases).toEqual([
      { text: 'Djamaat Houmah Al-Dawah Al-Salafiat', weak: false, language: null, direction: 'ltr' },
      { text: 'Katibat el Ahouel', weak: true, language: null, direction: 'ltr' },
    ]);
    expect(row.scriptNames).toEqual([{ text: 'جماعة حماة الدعوة السلفية', weak: false, language: 'ar', direction: 'rtl' }]);
  });

  it('reads the same window in the details panel’s facts', () => {
    expect(referenceFactLines({ listingStatus: 'delisted', startDate: '2003-11-11', delistedAfter: '2017-07-03', delistedBy: '2024-09-26' })).toContainEqual(['Listing', 'listed on 11 Nov 2003; delisted between 3 Jul 2017 and 26 Sep 2024']);
  });
});
