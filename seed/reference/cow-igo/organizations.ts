import type { Crosswalk } from '../crosswalk.js';
import type { ReferenceEntity, ReferenceEvidence, ReferenceName } from '../types.js';
import type { SelectedIgo } from './lookups.js';

/** The columns of igo_year_format3.csv an organisation entity is made from. */
export interface IgoRow {
  ioname: string;
  orgname: string;
  longorgname: string;
  sdate: string;
  deaddate: string;
}

/** The graph id: the crosswalk's (org:un, org:sco, org:interpol) or `org:<slug of ioname>`. */
export function organizationId(crosswalk: Crosswalk, ionum: number, ioname: string): string {
  const mapped = crosswalk.graphId('dataset:cow-igo', String(ionum));
  if (mapped) return mapped;
  const slug = ioname
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `org:${slug}`;
}

/** The data's own names for an IGO: orgname, longorgname and its '/'-separated parts, with and without a trailing "(<ioname>)". */
export function dataNames(row: IgoRow): Set<string> {
  const parts = [row.orgname, row.longorgname, ...row.longorgname.split('/')].map((part) => part.trim());
  const withoutAbbreviation = parts.map((part) => part.replace(` (${row.ioname})`, '').trim());
  return new Set([...parts, ...withoutAbbreviation].filter((part) => part.length > 0));
}

function year(value: string, field: string, ioname: string): number | null {
  if (value === '') return null;
  const parsed = Number(value);
  if (!Number.isInteger(parsed)) throw new Error(`${ioname}: ${field} "${value}" is not a year`);
  return parsed;
}

export function organizationEntity(
  id: string,
  selected: SelectedIgo,
  row: IgoRow,
  evidence: ReferenceEvidence,
  curated: boolean,
): ReferenceEntity {
  if (row.ioname !== selected.ioname) {
    throw new Error(`selected IGO ${selected.ionum} is "${row.ioname}" in the data, not "${selected.ioname}"`);
  }
  if (!dataNames(row).has(selected.name)) {
    throw new Error(`selected IGO ${selected.ionum}: name "${selected.name}" is none of the data's names for it`);
  }
  if (curated && selected.scope !== undefined) {
    throw new Error(`selected IGO ${selected.ionum} merges with the curated ${id}: its scope is the curated seed's, not ours`);
  }
  const names: ReferenceName[] = [];
  for (const name of [row.ioname, row.orgname]) {
    if (name !== selected.name && !names.some((known) => known.name === name)) names.push({ name, quality: 'strong' });
  }
  const foundedYear = year(row.sdate, 'sdate', row.ioname);
  if (foundedYear === null) throw new Error(`${row.ioname}: no sdate`);
  return {
    id,
    kind: 'Organization',
    name: selected.name,
    names,
    properties: {
      cowIonum: selected.ionum,
      cowAbbreviation: row.ioname,
      foundedYear,
      dissolvedYear: year(row.deaddate, 'deaddate', row.ioname),
      // Only on an organisation the curated seed does not have (checked above): a curated node keeps its own.
      ...(selected.scope ? { scope: selected.scope } : {}),
    },
    evidence: [evidence],
  };
}
