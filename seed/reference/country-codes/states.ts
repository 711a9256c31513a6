import type { ReferenceEntity, ReferenceValue } from '../types.js';
import type { CountryJsonEntry } from './read-countries-json.js';
import { column, type CountryCodesRow } from './read-csv.js';
import { otherStateNames, primaryStateName } from './state-names.js';
import { cleanUntermName, UN_LANGUAGES, untermMarker } from './unterm.js';

/** The properties this dataset owns on a State node. */
export const STATE_PROPERTIES = [
  'iso3',
  'iso2',
  'isoNumeric',
  'm49',
  'unMember',
  'unObserver',
  'independent',
  'independenceStatus',
  ...UN_LANGUAGES.map((language) => `name${language.suffix}`),
  ...UN_LANGUAGES.map((language) => `nameFormal${language.suffix}`),
] as const;

/** A numeric ISO 3166-1 / M49 code as the standards write it, three digits ("4" → "004"). */
export function threeDigits(code: string): string | null {
  return /^\d{1,3}$/.test(code) ? code.padStart(3, '0') : null;
}

interface Membership {
  unMember: boolean | null;
  unObserver: boolean | null;
  doubts: string[];
}

/**
 * UN membership as UNTERM marks it: a UNTERM name without a marker is a member, "*" a non-member
 * observer state, "**" a non-member that is not an observer. Only where the csv has no UNTERM
 * name does countries.json's unMember speak, and then as a doubt if it says "member".
 */
function membership(row: CountryCodesRow, entry: CountryJsonEntry | undefined): Membership {
  const unterm = column(row, 'UNTERM English Short');
  const jsonSays = entry?.country.unMember;
  if (!unterm) {
    const doubts =
      jsonSays === true
        ? ['country-codes.csv has no UNTERM names for it, so UN membership is taken from countries.json (unMember: true), not from UNTERM.']
        : [];
    return { unMember: jsonSays ?? null, unObserver: jsonSays === undefined ? null : false, doubts };
  }
  const marker = untermMarker(unterm);
  const unMember = marker === 'none';
  const doubts: string[] = [];
  if (marker === 'non-member') {
    doubts.push(
      'UNTERM marks its name "**": not a UN member; the file does not say more, so it is recorded as neither member nor observer.',
    );
  }
  if (jsonSays !== undefined && jsonSays !== unMember) {
    doubts.push(`countries.json says unMember: ${jsonSays}; UNTERM's ${marker === 'none' ? 'unmarked name' : `"${unterm}"`} is followed.`);
  }
  return { unMember, unObserver: marker === 'observer', doubts };
}

/** `is_independent`: "Yes" is independent, "In contention" is left open (a doubt), the rest is not. */
function independence(row: CountryCodesRow): { independent: boolean | null; doubts: string[] } {
  const status = column(row, 'is_independent');
  if (status === 'In contention') {
    return { independent: null, doubts: ['country-codes.csv gives its independence as "In contention".'] };
  }
  return { independent: status === 'Yes', doubts: [] };
}

/** A row of country-codes.csv (with its countries.json entry, if any) as a State entity. */
export function stateEntity(row: CountryCodesRow, iso3: string, entry: CountryJsonEntry | undefined): ReferenceEntity {
  const name = primaryStateName(row);
  const { names, fromCountriesJson } = otherStateNames(row, name, entry?.country);
  const member = membership(row, entry);
  const independent = independence(row);
  const properties: Record<string, ReferenceValue> = {
    iso3,
    iso2: column(row, 'ISO3166-1-Alpha-2') || null,
    isoNumeric: threeDigits(column(row, 'ISO3166-1-numeric')),
    m49: threeDigits(column(row, 'M49')),
    unMember: member.unMember,
    unObserver: member.unObserver,
    independent: independent.independent,
    independenceStatus: column(row, 'is_independent') || null,
  };
  for (const language of UN_LANGUAGES) {
    properties[`name${language.suffix}`] = cleanUntermName(column(row, `UNTERM ${language.column} Short`)) || null;
    properties[`nameFormal${language.suffix}`] = cleanUntermName(column(row, `UNTERM ${language.column} Formal`)) || null;
  }
  const doubts = [...member.doubts, ...independent.doubts];
  return {
    id: `state:${iso3}`,
    kind: 'State',
    name,
    names,
    properties,
    evidence: fromCountriesJson && entry ? [row.evidence, entry.evidence] : [row.evidence],
    ...(doubts.length > 0 ? { doubt: doubts.join(' ') } : {}),
  };
}
