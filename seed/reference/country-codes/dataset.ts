import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DatasetRecord } from '../types.js';
import { CSV_FILE } from './read-csv.js';
import { JSON_FILE } from './read-countries-json.js';

const SOURCE_FILE = 'country-codes/SOURCE.md';

/** What SOURCE.md says about the two files' origin; a SOURCE.md that no longer says it fails. */
function sourceFacts(source: string) {
  const csv = /country-codes\.csv:\s+github\.com\/datasets\/country-codes,\s+HEAD\s+([0-9a-f]{40})\s+\((\d{4}-\d{2}-\d{2})/.exec(source);
  const json =
    /countries\.json:\s+github\.com\/mledoze\/countries,\s+HEAD\s+([0-9a-f]{40}),\s+path\s+dist\/countries\.json\s+\(last\s+changed\s+([0-9a-f]+),\s+(\d{4}-\d{2}-\d{2})\)/.exec(
      source,
    );
  if (!csv?.[1] || !csv[2] || !json?.[1] || !json[2] || !json[3]) {
    throw new Error(`${SOURCE_FILE}: cannot find the commits and dates of the two files`);
  }
  return { csvCommit: csv[1], csvDate: csv[2], jsonCommit: json[1], jsonChange: json[2], jsonDate: json[3] };
}

/** The dataset record of country-codes/, from its SOURCE.md. */
export async function readDatasetRecord(referenceDataDir: string): Promise<DatasetRecord> {
  const facts = sourceFacts(await readFile(join(referenceDataDir, SOURCE_FILE), 'utf8'));
  const short = (commit: string) => commit.slice(0, 7);
  return {
    id: 'dataset:country-codes',
    title: 'Country codes and names: ISO 3166-1 codes, UN M49 regions, UNTERM names in the six UN languages, alternative spellings',
    publisher: 'DataHub datasets/country-codes and mledoze/countries',
    version:
      `datasets/country-codes ${short(facts.csvCommit)} (${facts.csvDate}); ` +
      `mledoze/countries ${short(facts.jsonCommit)} (dist/countries.json last changed ${facts.jsonChange}, ${facts.jsonDate})`,
    asOf: [facts.csvDate, facts.jsonDate].sort().at(-1) ?? facts.csvDate,
    retrieval:
      `country-codes.csv: github.com/datasets/country-codes at ${facts.csvCommit} (${facts.csvDate}), data/country-codes.csv, unchanged; ` +
      `countries.json: github.com/mledoze/countries at ${facts.jsonCommit}, dist/countries.json (last changed ${facts.jsonChange}, ${facts.jsonDate}), unchanged`,
    licence:
      'country-codes.csv: Open Data Commons Public Domain Dedication and License (PDDL), per the datasets/country-codes README (ISO\'s own terms are noted there too); ' +
      'countries.json: Open Database License (ODbL) 1.0 (flags excluded)',
    attribution:
      'Country codes, M49 regions and UNTERM names: DataHub, github.com/datasets/country-codes (PDDL). ' +
      'Common and official names and alternative spellings: Mohammed Le Doze and contributors, github.com/mledoze/countries (ODbL 1.0).',
    coverage:
      'The 249 ISO 3166-1 codes (states and territories; Kosovo, in countries.json only under the user-assigned code UNK, is not imported). ' +
      "UNTERM names, and with them UN membership as UNTERM marks it, are missing for 54 rows, among them two UN members (Côte d'Ivoire, Türkiye), whose membership is taken from countries.json and marked as a doubt. " +
      'Regions are the UN M49 regions, sub-regions and intermediate regions; Antarctica has none. countries.json\'s unMember is not used where UNTERM speaks (it counts the Holy See as a member).',
    files: [CSV_FILE, JSON_FILE],
  };
}
