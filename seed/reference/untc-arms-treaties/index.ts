import { join } from 'node:path';
import { loadCountryNames, type CountryNames } from '../country-codes/country-names.js';
import { loadCrosswalk, type Crosswalk } from '../crosswalk.js';
import type { ReferenceEntity, ReferenceEvidence, ReferenceImport, ReferenceRelation, UnresolvedValue } from '../types.js';
import { readAttMarkedConsents, type MarkedConsent } from './att-markers.js';
import { readConsent } from './consent.js';
import { CSV_FILE, DATASET_FOLDER, DATASET_ID, readDatasetRecord } from './dataset.js';
import { INSTRUMENT_PROPERTIES, instrumentEntity, supplementsRelation, type TreatyInput } from './instruments.js';
import { readRatificationRows, type RatificationRow } from './read-csv.js';
import { TREATY_READINGS, instrumentSlugId } from './treaty-table.js';

function csvEvidence(row: RatificationRow): ReferenceEvidence {
  return { file: `${DATASET_FOLDER}/${CSV_FILE}`, line: row.line, locator: `${CSV_FILE}:${row.line}`, quote: row.raw };
}

/**
 * The UN Treaty Collection's status of the Chapter XXVI treaties: one Instrument per treaty, one
 * State per country named, and per row a PARTY_TO (a consent date) or SIGNED (a signature only).
 */
export async function parseUntcArmsTreaties(referenceDataDir: string): Promise<ReferenceImport> {
  const folder = join(referenceDataDir, DATASET_FOLDER);
  const [countries, crosswalk, attMarked] = await Promise.all([
    loadCountryNames(referenceDataDir),
    loadCrosswalk(),
    readAttMarkedConsents(folder),
  ]);
  return parseUntcFolder(folder, { countries, crosswalk, attMarked });
}

export interface UntcLookups {
  countries: CountryNames;
  crosswalk: Crosswalk;
  /** att.html's acceptance/approval markers by the CSV's country name (att-markers.ts). */
  attMarked: ReadonlyMap<string, MarkedConsent>;
}

/** The parse proper, over a folder laid out like untc-arms-treaties/ (the tests feed it fixtures). */
export async function parseUntcFolder(folder: string, { countries, crosswalk, attMarked }: UntcLookups): Promise<ReferenceImport> {
  const [dataset, rows] = await Promise.all([readDatasetRecord(folder), readRatificationRows(join(folder, CSV_FILE))]);

  const unresolved: UnresolvedValue[] = [];
  const report = (row: RatificationRow, field: string, value: string, reason: string) =>
    unresolved.push({ file: `${DATASET_FOLDER}/${CSV_FILE}`, locator: `${CSV_FILE}:${row.line}`, field, value, reason });

  const treaties = new Map<string, TreatyInput>();
  const states = new Map<string, ReferenceEntity>();
  const relations: ReferenceRelation[] = [];

  for (const row of rows) {
    const reading = TREATY_READINGS[row.treatyId];
    if (!reading) {
      report(row, 'treaty_id', row.treatyId, 'a treaty the reviewed table (treaty-table.ts) does not read');
      continue;
    }
    let treaty = treaties.get(row.treatyId);
    if (!treaty) {
      const curatedId = crosswalk.graphId(DATASET_ID, row.treatyId);
      treaty = { first: row, reading, id: curatedId ?? instrumentSlugId(row.treatyId), curated: curatedId !== undefined, evidence: csvEvidence(row) };
      treaties.set(row.treatyId, treaty);
    }

    const iso3 = countries.iso3(row.countryName);
    if (!iso3) {
      report(row, 'country_name', row.countryName, 'no ISO 3166-1 alpha-3 code for this name (country-codes names and reviewed overrides)');
      continue;
    }
    const stateId = `state:${iso3}`;
    if (!states.has(stateId)) {
      states.set(stateId, { id: stateId, kind: 'State', name: row.countryName, names: [], properties: {}, evidence: [csvEvidence(row)] });
    }

    const marked = row.treatyId === 'att' ? attMarked.get(row.countryName) : undefined;
    const consent = readConsent({ row, reading, stateId, iso3, instrumentId: treaty.id, evidence: csvEvidence(row), ...(marked ? { marked } : {}) });
    if ('relation' in consent) relations.push(consent.relation);
    else report(row, consent.unresolved.field, consent.unresolved.value, consent.unresolved.reason);
  }

  for (const treaty of treaties.values()) {
    const parent = treaty.reading.supplements ? treaties.get(treaty.reading.supplements) : undefined;
    const supplements = parent ? supplementsRelation(treaty, parent) : undefined;
    if (supplements) relations.push(supplements);
  }

  return {
    dataset,
    entityProperties: [...INSTRUMENT_PROPERTIES],
    entities: [...[...treaties.values()].map(instrumentEntity), ...states.values()],
    relations,
    unresolved,
  };
}
