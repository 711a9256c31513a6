import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { countryNameKey, loadCountryNames, type CountryNames } from '../../../seed/reference/country-codes/country-names.js';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const REFERENCE_DATA = process.env.REFERENCE_DATA_DIR ?? resolve(REPO, '..', 'shared', 'reference-data');
/** The real COG and COD rows, with "Congo" given to both (the real files never share a spelling). */
const AMBIGUOUS = join(REPO, 'tests', 'fixtures', 'reference', 'country-names-ambiguous');

describe('countryNameKey', () => {
  it('ignores case, accents, script, punctuation, "the", the asterisk, "&" and "St."', () => {
    expect(countryNameKey('Holy See (the) *')).toBe(countryNameKey('holy see'));
    expect(countryNameKey("Côte d’Ivoire")).toBe(countryNameKey("Cote d'Ivoire"));
    expect(countryNameKey('St. Kitts & Nevis')).toBe(countryNameKey('Saint Kitts and Nevis'));
  });
});

describe('loadCountryNames on the real files', () => {
  let names: CountryNames;
  beforeAll(async () => {
    names = await loadCountryNames(REFERENCE_DATA);
  });

  it('resolves UN-style, formal and bracketed names', () => {
    expect(names.iso3('Iran (Islamic Republic of)')).toBe('IRN');
    expect(names.iso3('Bolivia (Plurinational State of)')).toBe('BOL');
    expect(names.iso3('Holy See (the) *')).toBe('VAT');
    expect(names.iso3('the Republic of Kazakhstan')).toBe('KAZ');
    expect(names.iso3("Côte d'Ivoire")).toBe('CIV');
    expect(names.iso3('Netherlands (Kingdom of the)')).toBe('NLD');
  });

  it('resolves countries.json spellings in Latin and Cyrillic script', () => {
    expect(names.iso3('Kyrgyz Republic')).toBe('KGZ');
    expect(names.iso3('Киргизия')).toBe('KGZ');
    expect(names.iso3('Казахстан')).toBe('KAZ');
  });

  it('resolves the UNTERM names in all six UN languages, with or without their bracketed article', () => {
    expect(names.iso3('Kirghizistan')).toBe('KGZ');
    expect(names.iso3('Kirghizistan (le)')).toBe('KGZ');
    expect(names.iso3('كازاخستان')).toBe('KAZ');
    expect(names.iso3('哈萨克斯坦')).toBe('KAZ');
    expect(names.iso3('Kazajstán')).toBe('KAZ');
  });

  it('resolves the reviewed overrides and "St." spellings', () => {
    expect(names.iso3('Turkey')).toBe('TUR');
    expect(names.iso3('Libyan Arab Jamahiriya')).toBe('LBY');
    expect(names.iso3('St. Vincent and the Grenadines')).toBe('VCT');
    expect(names.iso3('St. Kitts and Nevis')).toBe('KNA');
  });

  it('resolves every state name of the UN Treaty Collection file', () => {
    const rows = parse(readFileSync(join(REFERENCE_DATA, 'untc-arms-treaties', 'arms_control_ratifications.csv'), 'utf8'), {
      columns: true,
    }) as { country_name: string }[];
    const unresolved = [...new Set(rows.map((row) => row.country_name))].filter((name) => names.iso3(name) === undefined);
    expect(rows.length).toBeGreaterThan(1000);
    expect(unresolved).toEqual([]);
  });

  it('resolves every name a csv row gives to that row: none of them is shared with another country', () => {
    const rows = parse(readFileSync(join(REFERENCE_DATA, 'country-codes', 'country-codes.csv'), 'utf8'), { columns: true }) as Record<
      string,
      string
    >[];
    const columns = Object.keys(rows[0] ?? {}).filter((column) => /^UNTERM .* (Short|Formal)$|^official_name_|^CLDR display name$/.test(column));
    expect(columns.length).toBe(19);
    const wrong = rows.flatMap((row) =>
      columns
        .map((column) => row[column] ?? '')
        .filter((name) => countryNameKey(name).length > 2 && names.iso3(name) !== row['ISO3166-1-Alpha-3'])
        .map((name) => `${row['ISO3166-1-Alpha-3']}: ${name} → ${names.iso3(name)}`),
    );
    expect(wrong).toEqual([]);
  });

  it('does not take codes or unknown names for names', () => {
    expect(names.iso3('KG')).toBeUndefined();
    expect(names.iso3('Atlantis')).toBeUndefined();
    expect(names.codes.has('KAZ')).toBe(true);
    expect(names.codes.size).toBe(249);
  });
});

describe('loadCountryNames when two countries share a spelling', () => {
  it('resolves the shared spelling to neither, the others as before', async () => {
    const names = await loadCountryNames(AMBIGUOUS);
    expect(names.iso3('Congo')).toBeUndefined();
    expect(names.iso3('Congo-Brazzaville')).toBe('COG');
    expect(names.iso3('Democratic Republic of the Congo')).toBe('COD');
  });
});
