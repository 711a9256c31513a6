import type { Crosswalk } from '../crosswalk.js';
import type { ReferenceEntity, ReferenceEvidence, ReferenceRelation } from '../types.js';
import { column, type CountryCodesRow } from './read-csv.js';
import { threeDigits } from './states.js';

/** The properties this dataset owns on a region Place. */
export const REGION_PROPERTIES = ['placeType', 'm49', 'm49Level'] as const;

/** The three M49 levels below the world, broadest first. */
const LEVELS = [
  { level: 'region', code: 'Region Code', name: 'Region Name' },
  { level: 'sub-region', code: 'Sub-region Code', name: 'Sub-region Name' },
  { level: 'intermediate-region', code: 'Intermediate Region Code', name: 'Intermediate Region Name' },
] as const;

interface Region {
  id: string;
  code: string;
  name: string;
  level: (typeof LEVELS)[number]['level'];
  /** The first csv row that names it. */
  evidence: ReferenceEvidence;
  /** The region it lies in (for sub-regions and intermediate regions). */
  parent?: string;
}

export interface Regions {
  entities: ReferenceEntity[];
  /** Region → broader region. */
  relations: ReferenceRelation[];
  /** The graph id of a row's most specific region, or undefined (Antarctica has none). */
  mostSpecific(row: CountryCodesRow): string | undefined;
}

/**
 * The M49 regions, sub-regions and intermediate regions the rows name, as Place entities
 * (`place:m49-<code>`, or the crosswalk's curated place: sub-region 143 is place:central-asia),
 * each LOCATED_IN the next broader one. A code the file names two ways, or puts under two
 * broader regions, fails loudly: the hierarchy would not be the file's.
 */
export function m49Regions(rows: CountryCodesRow[], crosswalk: Crosswalk): Regions {
  const byCode = new Map<string, Region>();
  const chainOf = (row: CountryCodesRow) => {
    const chain: Region[] = [];
    for (const level of LEVELS) {
      const raw = column(row, level.code);
      if (!raw) continue;
      const code = threeDigits(raw);
      if (!code) throw new Error(`${row.evidence.locator}: "${raw}" is not an M49 code`);
      const id = crosswalk.graphId('dataset:country-codes', raw) ?? crosswalk.graphId('dataset:country-codes', code) ?? `place:m49-${code}`;
      const region: Region = { id, code, name: column(row, level.name), level: level.level, evidence: row.evidence, parent: chain.at(-1)?.id };
      const known = byCode.get(code);
      if (known && (known.name !== region.name || known.level !== region.level || known.parent !== region.parent)) {
        throw new Error(`${row.evidence.locator}: M49 ${code} is "${region.name}" under ${region.parent}, earlier "${known.name}" under ${known.parent}`);
      }
      if (!known) byCode.set(code, region);
      chain.push(known ?? region);
    }
    return chain;
  };
  for (const row of rows) chainOf(row);

  const regions = [...byCode.values()];
  return {
    entities: regions.map((region) => ({
      id: region.id,
      kind: 'Place',
      name: region.name,
      names: [],
      properties: { placeType: 'region', m49: region.code, m49Level: region.level },
      evidence: [region.evidence],
    })),
    relations: regions.flatMap((region) =>
      region.parent
        ? [
            {
              id: `cc:m49-${region.code}:region`,
              type: 'LOCATED_IN' as const,
              from: region.id,
              to: region.parent,
              properties: {},
              evidence: [region.evidence],
            },
          ]
        : [],
    ),
    mostSpecific: (row) => chainOf(row).at(-1)?.id,
  };
}
