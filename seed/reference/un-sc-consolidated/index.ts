import { loadCountryNames } from '../country-codes/country-names.js';
import { loadCrosswalk } from '../crosswalk.js';
import type { ReferenceImport } from '../types.js';
import { associationRelations } from './associations.js';
import { UN_SC_DATASET } from './dataset.js';
import { toListEntry, type ListEntry } from './entries.js';
import { buildHistory } from './history.js';
import { loadJudgements } from './judgements.js';
import { listingRelations } from './listings.js';
import { nationalityRecords } from './nationality-relations.js';
import { loadNationalityResolver } from './nationalities.js';
import { PARTY_PROPERTIES, partyEntities } from './parties.js';
import { readSnapshot, SNAPSHOTS, type Snapshot } from './read-snapshot.js';
import { councilEntity, regimeRecords } from './regimes.js';

export interface UnScOptions {
  /** Reviewed lookup files; tests point these at fixtures. */
  judgementsFile?: string;
  nationalitiesFile?: string;
  /** Where country-codes/ is, when not beside the snapshots (tests read fixture snapshots). */
  countryDataDir?: string;
}

/** Both snapshots, read, and every INDIVIDUAL and ENTITY record of each as a list entry. */
export async function readListEntries(referenceDataDir: string): Promise<{ snapshots: Snapshot[]; entries: ListEntry[] }> {
  const snapshots = await Promise.all(SNAPSHOTS.map((snapshot) => readSnapshot(referenceDataDir, snapshot)));
  const entries = snapshots.flatMap((snapshot) =>
    snapshot.records.map((record) => toListEntry(snapshot.date, snapshot.file, snapshot.source.text, record)),
  );
  return { snapshots, entries };
}

/**
 * The UN Security Council Consolidated List, two snapshots: listed persons and entities keyed by
 * reference number, their sanctions regimes (adopted by the Security Council), nationalities and
 * the associations their narratives cite. Pure: reads files, returns records.
 */
export async function parseUnScConsolidated(referenceDataDir: string, options: UnScOptions = {}): Promise<ReferenceImport> {
  const { snapshots, entries } = await readListEntries(referenceDataDir);
  const [crosswalk, countries, judgements] = await Promise.all([
    loadCrosswalk(),
    loadCountryNames(options.countryDataDir ?? referenceDataDir),
    loadJudgements(options.judgementsFile),
  ]);
  const resolveNationality = await loadNationalityResolver(countries, options.nationalitiesFile);
  const history = buildHistory(snapshots, entries, judgements);

  const regimes = regimeRecords(history, entries, crosswalk);
  const nationalities = nationalityRecords(history, resolveNationality);
  const associations = associationRelations(history);
  return {
    dataset: UN_SC_DATASET,
    entityProperties: [...PARTY_PROPERTIES, 'instrumentType'],
    entities: [councilEntity(history, crosswalk), ...regimes.entities, ...partyEntities(history), ...nationalities.entities],
    relations: [...regimes.relations, ...listingRelations(history), ...nationalities.relations, ...associations.relations],
    unresolved: [...nationalities.unresolved, ...associations.unresolved],
  };
}
