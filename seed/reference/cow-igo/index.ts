import { join } from 'node:path';
import { loadCrosswalk } from '../crosswalk.js';
import type { ReferenceEntity, ReferenceEvidence, ReferenceImport, ReferenceRelation, UnresolvedValue } from '../types.js';
import { COW_IGO_DATASET, IGO_YEAR_FILE, STATES_FILE } from './dataset.js';
import { COW_STATES_FILE, loadCowStates, loadSelectedIgos, SELECTED_IGOS_FILE, type CowState } from './lookups.js';
import { organizationEntity, organizationId } from './organizations.js';
import { readCsvLines, type CsvLine } from './read-csv.js';
import { membershipSpells, type Observation, type Spell } from './spells.js';
import { readIgoYears, type IgoYearRow } from './igo-years.js';
import { readStates, stateEntity } from './states.js';

export interface CowIgoOptions {
  /** The reviewed files; tests point them at fixtures. */
  selectedIgosFile?: string;
  cowStatesFile?: string;
}

/** Entity property keys this dataset owns (scope only where it creates the organisation). */
export const COW_ENTITY_PROPERTIES = ['cowIonum', 'cowAbbreviation', 'foundedYear', 'dissolvedYear', 'scope'];

function evidenceOf(file: string, row: CsvLine): ReferenceEvidence {
  return { file, line: row.line, locator: `${file.split('/').pop()}:${row.line}`, quote: row.raw };
}

interface StateObservation extends Observation {
  row: IgoYearRow;
}

/**
 * Parses the Correlates of War IGO v3.0 data (cow-igo-v3/) for the reviewed selection of IGOs:
 * the organisations, the states that were ever members, and one MEMBER_OF relation per membership
 * spell (see spells.ts for how cell codes and gaps are read). Pure: reads files, returns records.
 */
export async function parseCowIgo(referenceDataDir: string, options: CowIgoOptions = {}): Promise<ReferenceImport> {
  const [selection, cowStates, crosswalk, igoYears, states] = await Promise.all([
    loadSelectedIgos(options.selectedIgosFile ?? SELECTED_IGOS_FILE),
    loadCowStates(options.cowStatesFile ?? COW_STATES_FILE),
    loadCrosswalk(),
    readIgoYears(join(referenceDataDir, IGO_YEAR_FILE)),
    readStates(join(referenceDataDir, STATES_FILE)),
  ]);
  for (const column of igoYears.stateColumns) {
    const state = cowStates.get(column);
    if (!state) throw new Error(`${IGO_YEAR_FILE}: state column "${column}" is not in the reviewed lookup ${COW_STATES_FILE}`);
    if (!states.has(state.ccode)) throw new Error(`${STATES_FILE}: no state with ccode ${state.ccode} (column ${column})`);
  }

  const entities: ReferenceEntity[] = [];
  const relations: ReferenceRelation[] = [];
  const unresolved: UnresolvedValue[] = [];
  const stateEntities = new Map<string, ReferenceEntity>();
  const relationIds = new Set<string>();

  for (const selected of selection) {
    const rows = igoYears.byIonum.get(selected.ionum);
    if (!rows || rows.length === 0) throw new Error(`${IGO_YEAR_FILE}: no rows for selected IGO ${selected.ionum} (${selected.ioname})`);
    const firstRow = rows[0]!;
    const orgId = organizationId(crosswalk, selected.ionum, firstRow.igo.ioname);
    const curated = crosswalk.graphId('dataset:cow-igo', String(selected.ionum)) !== undefined;
    entities.push(organizationEntity(orgId, selected, firstRow.igo, evidenceOf(IGO_YEAR_FILE, firstRow.line), curated));

    for (const column of igoYears.stateColumns) {
      const cowState = cowStates.get(column)!;
      const observations: StateObservation[] = rows.map((row) => ({
        year: row.year,
        code: igoYears.cell(row, column),
        ...(row.impreciseNote ? { impreciseNote: row.impreciseNote } : {}),
        row,
      }));
      for (const spell of membershipSpells(observations, igoYears.lastYear)) {
        if (cowState.iso3 === null) {
          unresolved.push(unresolvedSpell(selected.ioname, cowState, states.get(cowState.ccode)!.name, spell));
          continue;
        }
        const stateId = `state:${cowState.iso3}`;
        if (!stateEntities.has(stateId)) stateEntities.set(stateId, stateEntity(cowState.iso3, states.get(cowState.ccode)!));
        const relation = membershipRelation(selected.ionum, stateId, cowState, orgId, spell);
        if (relationIds.has(relation.id)) throw new Error(`two spells share the id ${relation.id} (two columns mapped to ${cowState.iso3}?)`);
        relationIds.add(relation.id);
        relations.push(relation);
      }
    }
  }
  entities.push(...[...stateEntities.values()].sort((a, b) => a.id.localeCompare(b.id)));
  return { dataset: COW_IGO_DATASET, entityProperties: COW_ENTITY_PROPERTIES, entities, relations, unresolved };
}

function membershipRelation(ionum: number, stateId: string, cowState: CowState, orgId: string, spell: Spell<StateObservation>): ReferenceRelation {
  const firstYear = spell.first.year;
  const lastYear = spell.last.year;
  const evidence = [evidenceOf(IGO_YEAR_FILE, spell.first.row.line)];
  if (spell.last !== spell.first) evidence.push(evidenceOf(IGO_YEAR_FILE, spell.last.row.line));
  const doubts = [...spell.doubts];
  if (cowState.doubtBefore !== undefined && cowState.doubt && firstYear < cowState.doubtBefore) doubts.unshift(cowState.doubt);
  return {
    id: `cow:${ionum}:${stateId.slice('state:'.length)}:${firstYear}`,
    type: 'MEMBER_OF',
    from: stateId,
    to: orgId,
    properties: {
      membershipType: spell.membershipType,
      firstYear,
      lastYear,
      startDate: String(firstYear),
      // Only where the data shows the spell ended: a spell running at the data's end (2014) goes on.
      ...(spell.ended ? { endDate: String(lastYear + 1) } : {}),
    },
    evidence,
    ...(doubts.length > 0 ? { doubt: doubts.join(' ') } : {}),
  };
}

function unresolvedSpell(ioname: string, cowState: CowState, stateName: string, spell: Spell<StateObservation>): UnresolvedValue {
  return {
    file: IGO_YEAR_FILE,
    locator: `${IGO_YEAR_FILE.split('/').pop()}:${spell.first.row.line.line}`,
    field: cowState.column,
    value: `${stateName} (COW ccode ${cowState.ccode}): ${ioname} ${spell.membershipType} member ${spell.first.year}-${spell.last.year}`,
    reason: `No current ISO 3166-1 code for this COW state; not mapped to a successor (${cowState.reason ?? 'see cow-states.yaml'})`,
  };
}
