import { describe, expect, it } from 'vitest';
import {
  datasetCitation,
  datasetShortName,
  matchedName,
  otherNames,
  measureRecord,
  readableDefinition,
  referenceFactLines,
  sortDatasets,
  statementLocator,
  textDirection,
  unLanguageNames,
} from '../../client/src/core/provenance/index.js';
import { DATASET_IDS, RELATION_TYPE_DEFINITIONS } from '../../model/data-model.js';

describe('a reference relation’s typed facts in words', () => {
  it('reads Kazakhstan’s accession to the Arms Trade Treaty as a consent on a date', () => {
    expect(referenceFactLines({ consentType: 'accession', startDate: '2017-12-08' })).toEqual([['Consent', 'accession on 8 Dec 2017']]);
  });

  it('gives a ratification its signature date too, and says when a CCW protocol’s record does not say how', () => {
    expect(referenceFactLines({ consentType: 'ratification', startDate: '2014-12-24', signatureDate: '2013-06-03' })).toEqual([
      ['Consent', 'ratification on 24 Dec 2014'],
      ['Signed', '3 Jun 2013'],
    ]);
    expect(referenceFactLines({ consentType: 'unspecified', startDate: '2009-07-08' })[0]![1]).toBe('consent to be bound (the record does not say how) on 8 Jul 2009');
  });

  it('reads a membership spell with its type and years', () => {
    expect(referenceFactLines({ membershipType: 'full', firstYear: 1992, lastYear: 2014 })).toEqual([['Membership', 'full member, 1992–2014']]);
    expect(referenceFactLines({ membershipType: 'associate', firstYear: 2005, lastYear: 2005 })).toEqual([['Membership', 'associate member, in 2005']]);
    expect(referenceFactLines({ membershipType: 'observer', firstYear: 2001 })).toEqual([['Membership', 'observer, from 2001']]);
  });

  it('reads a listing with its reference number, and a delisting between the two snapshots', () => {
    expect(referenceFactLines({ referenceNumber: 'QDi.372', listingStatus: 'current', startDate: '2015-09-29' })).toEqual([
      ['Reference number', 'QDi.372'],
      ['Listing', 'listed on 29 Sep 2015, still listed'],
    ]);
    expect(referenceFactLines({ referenceNumber: 'QDi.001', listingStatus: 'delisted', startDate: '2001-01-25', delistedAfter: '2017-07-03', delistedBy: '2024-09-26' })[1]).toEqual([
      'Listing',
      'listed on 25 Jan 2001; delisted between 3 Jul 2017 and 26 Sep 2024',
    ]);
  });

  it('reads what a type of link means without the API’s field names', () => {
    expect(readableDefinition(RELATION_TYPE_DEFINITIONS.PARTY_TO.description)).not.toContain('`');
    expect(readableDefinition('The state consented to be bound by the treaty (`consentType`, on `startDate`, the consent date; `signatureDate` where it signed first).')).toBe(
      'The state consented to be bound by the treaty.',
    );
    expect(readableDefinition('The person holds the position given by `title` in the organisation.')).toBe('The person holds the position given by title in the organisation.');
    expect(readableDefinition(RELATION_TYPE_DEFINITIONS.FUNDS.description)).toBe(RELATION_TYPE_DEFINITIONS.FUNDS.description);
  });

  it('says nothing for a curated relation', () => {
    expect(referenceFactLines({ startDate: '2020', consentType: null, membershipType: null })).toEqual([]);
  });
});

describe('the verbatim record', () => {
  const element = ['<INDIVIDUAL>', '<DATAID>6908453</DATAID>', '<VERSIONNUM>1</VERSIONNUM>', '<FIRST_NAME>GULMUROD</FIRST_NAME>', '<SECOND_NAME>KHALIMOV</SECOND_NAME>', '<UN_LIST_TYPE>Al-Qaida</UN_LIST_TYPE>', '</INDIVIDUAL>'].join('\r\n');

  it('shows a CSV line whole', () => {
    const line = 'Kazakhstan,att,Arms Trade Treaty,Accession,2017-12-08,,2013,XXVI-8,https://treaties.un.org/';
    expect(measureRecord(line)).toEqual({ lines: 1, characters: line.length, long: false });
  });

  it('cuts an XML element of many lines', () => {
    expect(measureRecord(element)).toMatchObject({ lines: 7, long: true });
    expect(measureRecord(element.split('\r\n').slice(0, 5).join('\n')).long).toBe(false);
  });

  it('cuts an element the 2017 list gives on one line of thousands of characters', () => {
    const oneLine = `<INDIVIDUAL>${'<COMMENTS1>Believed to be fighting with Al-Nusrah Front</COMMENTS1>'.repeat(40)}</INDIVIDUAL>`;
    expect(measureRecord(oneLine)).toMatchObject({ lines: 1, long: true });
  });

  it('names a CSV record by file and line, a list entry by reference number and snapshot', () => {
    expect(statementLocator({ locator: 'arms_control_ratifications.csv:118', file: 'untc-arms-treaties/arms_control_ratifications.csv', line: 118 })).toBe('arms_control_ratifications.csv:118');
    expect(statementLocator({ locator: 'QDi.372', snapshot: '2024-09-26' })).toBe('QDi.372 @ 2024-09-26');
    expect(statementLocator({ locator: 'QDi.372@2017-07-03', snapshot: '2017-07-03' })).toBe('QDi.372 @ 2017-07-03');
  });
});

describe('datasets', () => {
  it('has a short name for every dataset of the model', () => {
    for (const id of DATASET_IDS) expect(datasetShortName(id)).not.toMatch(/^dataset:/);
    expect(datasetShortName('dataset:curated')).toBe('curated documents');
    expect(datasetShortName('dataset:someday')).toBe('someday');
  });

  it('puts the curated documents first', () => {
    expect(sortDatasets([{ id: 'dataset:un-sc-consolidated' }, { id: 'dataset:country-codes' }, { id: 'dataset:curated' }]).map((dataset) => dataset.id)).toEqual([
      'dataset:curated',
      'dataset:country-codes',
      'dataset:un-sc-consolidated',
    ]);
  });

  it('cites publisher, version and as-of date, without repeating a date the version states', () => {
    expect(datasetCitation({ id: 'dataset:cow-igo', title: 'COW IGO', publisher: 'Correlates of War Project', version: 'v3.0', asOf: '2014' })).toEqual(['Correlates of War Project', 'v3.0', 'as of 2014']);
    expect(datasetCitation({ id: 'dataset:un-sc-consolidated', title: 'UN SC', version: 'snapshots 2017-07-03 and 2024-09-26', asOf: '2024-09-26' })).toEqual(['snapshots 2017-07-03 and 2024-09-26']);
  });
});

describe('names in other languages and scripts', () => {
  it('lists a state’s six UN-language names, Arabic right to left', () => {
    const names = unLanguageNames({ ar: 'كازاخستان', zh: '哈萨克斯坦', en: 'Kazakhstan', es: 'Kazajstán', fr: 'Kazakhstan (le)', ru: 'Казахстан' });
    expect(names.map((name) => [name.lang, name.dir, name.label])).toEqual([
      ['ar', 'rtl', 'Arabic'],
      ['zh', 'ltr', 'Chinese'],
      ['en', 'ltr', 'English'],
      ['fr', 'ltr', 'French'],
      ['ru', 'ltr', 'Russian'],
      ['es', 'ltr', 'Spanish'],
    ]);
    expect(unLanguageNames({ en: 'Sark', ar: null })).toHaveLength(1);
    expect(unLanguageNames(null)).toEqual([]);
  });

  it('draws an original-script name right to left from its letters when the dataset gives no language', () => {
    expect(textDirection('عبد الرحمن')).toBe('rtl');
    expect(textDirection('Гулмурод')).toBe('ltr');
    expect(textDirection('(123)')).toBe('auto');
    expect(textDirection('x', null, 'Arab')).toBe('rtl');
  });

  it('lists other names once, original script first (and marked so), weak aliases last', () => {
    const names = otherNames(
      [
        { name: 'Abu Omar', quality: 'weak', originalScript: false, dataset: { id: 'dataset:un-sc-consolidated' } },
        { name: 'Gulmurod Khalimov', quality: 'strong', originalScript: false, dataset: { id: 'dataset:un-sc-consolidated' } },
        { name: 'Гулмурод Халимов', quality: 'strong', originalScript: true, script: 'Cyrl', dataset: { id: 'dataset:un-sc-consolidated' } },
        { name: 'Gulmurod Khalimov', quality: 'strong', originalScript: false, dataset: { id: 'dataset:curated' } },
        { name: 'Abu Omar', quality: 'weak', originalScript: false, dataset: { id: 'dataset:curated' } },
      ],
      'GULMUROD KHALIMOV',
    );
    expect(names.map((name) => [name.text, name.label])).toEqual([
      ['Гулмурод Халимов', 'original script'],
      ['Gulmurod Khalimov', ''],
      ['Abu Omar', ''],
    ]);
  });
});

describe('the name a search matched', () => {
  it('is shown when it is another name of the entity, in its own direction', () => {
    expect(matchedName('Казахстан', 'Kazakhstan')).toEqual({ text: 'Казахстан', dir: 'ltr' });
    expect(matchedName('كازاخستان', 'Kazakhstan')).toEqual({ text: 'كازاخستان', dir: 'rtl' });
  });

  it('is not repeated when it is the canonical name in another case or without accents', () => {
    expect(matchedName('kazakhstan', 'Kazakhstan')).toBeNull();
    expect(matchedName('Cote d’Ivoire', 'Côte d’Ivoire')).toBeNull();
    expect(matchedName('', 'Kazakhstan')).toBeNull();
  });
});
