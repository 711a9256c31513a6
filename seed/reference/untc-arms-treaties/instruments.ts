import type { ReferenceEntity, ReferenceEvidence, ReferenceRelation } from '../types.js';
import type { RatificationRow } from './read-csv.js';
import type { TreatyReading } from './treaty-table.js';

export const INSTRUMENT_PROPERTIES = ['treatyId', 'mtdsgNo', 'openYear', 'treatyUrl', 'instrumentType'] as const;

export interface TreatyInput {
  /** The treaty's first row in the CSV (its evidence). */
  first: RatificationRow;
  reading: TreatyReading;
  id: string;
  /** True when the id comes from the crosswalk: the curated node keeps its own instrumentType. */
  curated: boolean;
  evidence: ReferenceEvidence;
}

/** A treaty as the CSV describes it on every row of it (name, depositary number, year, page). */
export function instrumentEntity({ first, reading, id, curated, evidence }: TreatyInput): ReferenceEntity {
  return {
    id,
    kind: 'Instrument',
    name: first.treatyName,
    names: [],
    properties: {
      treatyId: first.treatyId,
      mtdsgNo: first.mtdsgNo,
      openYear: Number(first.treatyOpenYear),
      treatyUrl: first.sourceUrl,
      // The seed's own node keeps its instrumentType: the key is left out, not set to null.
      ...(curated ? {} : { instrumentType: reading.instrumentType }),
    },
    evidence: [evidence],
    ...(reading.doubt ? { doubt: reading.doubt } : {}),
  };
}

/**
 * SUPPLEMENTS protocol → CCW where the data says so: the reviewed reading names the parent and the
 * protocol's depositary number is a subdivision of the parent's (XXVI-2-a under XXVI-2).
 */
export function supplementsRelation(child: TreatyInput, parent: TreatyInput): ReferenceRelation | undefined {
  if (!child.first.mtdsgNo.startsWith(`${parent.first.mtdsgNo}-`)) return undefined;
  return {
    id: `untc:${child.first.treatyId}:supplements:${parent.first.treatyId}`,
    type: 'SUPPLEMENTS',
    from: child.id,
    to: parent.id,
    properties: {},
    evidence: [child.evidence],
  };
}
