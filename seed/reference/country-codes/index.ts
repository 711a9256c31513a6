import { loadCrosswalk, type Crosswalk } from '../crosswalk.js';
import type { ReferenceEntity, ReferenceImport, ReferenceRelation, UnresolvedValue } from '../types.js';
import { readDatasetRecord } from './dataset.js';
import { JSON_FILE, readCountriesJson } from './read-countries-json.js';
import { column, readCountryCodesCsv } from './read-csv.js';
import { m49Regions, REGION_PROPERTIES } from './regions.js';
import { STATE_PROPERTIES, stateEntity } from './states.js';

/**
 * The country-codes dataset (country-codes/ under the reference-data directory): one State per
 * ISO 3166-1 row of country-codes.csv (`state:<ISO3>`, with UNTERM's names in the six UN
 * languages, UN membership as UNTERM marks it, and countries.json's names and spellings), the
 * UN M49 regions as Places, each state LOCATED_IN its most specific region. Pure: no database.
 */
export async function parseCountryCodes(referenceDataDir: string, crosswalk?: Crosswalk): Promise<ReferenceImport> {
  const [dataset, rows, countries, reviewed] = await Promise.all([
    readDatasetRecord(referenceDataDir),
    readCountryCodesCsv(referenceDataDir),
    readCountriesJson(referenceDataDir),
    crosswalk ? Promise.resolve(crosswalk) : loadCrosswalk(),
  ]);
  const regions = m49Regions(rows, reviewed);
  const states: ReferenceEntity[] = [];
  const relations: ReferenceRelation[] = [];
  const unresolved: UnresolvedValue[] = [];
  const seen = new Set<string>();

  for (const row of rows) {
    const iso3 = column(row, 'ISO3166-1-Alpha-3');
    if (!/^[A-Z]{3}$/.test(iso3)) {
      unresolved.push({
        file: row.evidence.file,
        locator: row.evidence.locator,
        field: 'ISO3166-1-Alpha-3',
        value: iso3,
        reason: 'not an ISO 3166-1 alpha-3 code: no state for this row',
      });
      continue;
    }
    if (seen.has(iso3)) throw new Error(`${row.evidence.locator}: ${iso3} is on two rows`);
    seen.add(iso3);
    states.push(stateEntity(row, iso3, countries.get(iso3)));
    const region = regions.mostSpecific(row);
    if (region) {
      relations.push({ id: `cc:${iso3}:region`, type: 'LOCATED_IN', from: `state:${iso3}`, to: region, properties: {}, evidence: [row.evidence] });
    }
  }
  for (const [cca3, entry] of countries) {
    if (seen.has(cca3)) continue;
    unresolved.push({
      file: JSON_FILE,
      locator: entry.evidence.locator,
      field: 'cca3',
      value: `${cca3} (${entry.country.name.common})`,
      reason: 'no row of country-codes.csv has this code (not an ISO 3166-1 code): its names are not imported',
    });
  }

  return {
    dataset,
    entityProperties: [...new Set([...STATE_PROPERTIES, ...REGION_PROPERTIES])],
    entities: [...states, ...regions.entities],
    relations: [...relations, ...regions.relations],
    unresolved,
  };
}
