import type { ReferenceName } from '../types.js';
import type { CountryJson } from './read-countries-json.js';
import { column, type CountryCodesRow } from './read-csv.js';
import { cleanUntermName, UN_LANGUAGES } from './unterm.js';

/** Letters of a script other than Latin: a name in its original (non-Latin) script. */
const NON_LATIN_LETTER = /(?!\p{Script=Latin})\p{L}/u;

/**
 * The state's primary name by one rule: UNTERM's English short name without its non-member
 * marker and bracketed article ("Netherlands (the)" → "Netherlands"); where the csv has no UNTERM
 * name (territories, and Côte d'Ivoire and Türkiye in this snapshot), the CLDR display name.
 */
export function primaryStateName(row: CountryCodesRow): string {
  const unterm = column(row, 'UNTERM English Short');
  return cleanUntermName(unterm) || column(row, 'CLDR display name') || column(row, 'official_name_en');
}

export interface StateNames {
  names: ReferenceName[];
  /** Whether any name kept was taken from countries.json (then its entry is evidence too). */
  fromCountriesJson: boolean;
}

/**
 * Every other name the dataset gives a state, strong, deduplicated by exact spelling: UNTERM
 * short and formal and the M49 official name in the six UN languages, the CLDR name, and
 * countries.json's common and official names and alternative spellings (those of two letters
 * are ISO codes, not names).
 */
export function otherStateNames(row: CountryCodesRow, primary: string, country: CountryJson | undefined): StateNames {
  const seen = new Set([primary]);
  const names: ReferenceName[] = [];
  let fromCountriesJson = false;
  const add = (raw: string, language: string | undefined, originalScript: boolean, fromJson = false) => {
    const name = raw.trim();
    if (name.length <= 2 || seen.has(name)) return;
    seen.add(name);
    names.push({
      name,
      quality: 'strong',
      ...(language ? { language } : {}),
      ...(originalScript ? { originalScript: true } : {}),
    });
    if (fromJson) fromCountriesJson = true;
  };
  for (const language of UN_LANGUAGES) {
    add(cleanUntermName(column(row, `UNTERM ${language.column} Short`)), language.code, language.originalScript);
    add(cleanUntermName(column(row, `UNTERM ${language.column} Formal`)), language.code, language.originalScript);
    add(column(row, language.official), language.code, language.originalScript);
  }
  add(column(row, 'CLDR display name'), 'en', false);
  if (country) {
    add(country.name.common, 'en', false, true);
    add(country.name.official, 'en', false, true);
    for (const spelling of country.altSpellings) add(spelling, undefined, NON_LATIN_LETTER.test(spelling), true);
  }
  return { names, fromCountriesJson };
}
