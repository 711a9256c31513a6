import type { InstrumentType } from '../../../model/data-model.js';

/**
 * The reviewed reading of each treaty the CSV lists (its treaty_id). Every value below was checked
 * against the row's treaty_name and mtdsg_no; a treaty_id missing here is reported, not guessed.
 *
 * - instrumentType: from the treaty_name's own wording ("Convention…", "…Treaty", "CCW Protocol…").
 * - supplements: the parent treaty_id, where the name says it is the CCW's ("CCW Protocol IV…") and
 *   the depositary number is a subdivision of the CCW's (XXVI-2-a under XXVI-2).
 * - consentInSignatureColumn: SOURCE.md's quirk: the UNTC table of these CCW instruments has a
 *   single "consent to be bound" column, which the scraper wrote into signature_date.
 * - doubt: what the reading cannot settle.
 */
export interface TreatyReading {
  instrumentType: InstrumentType;
  supplements?: string;
  consentInSignatureColumn?: boolean;
  doubt?: string;
}

export const TREATY_READINGS: Readonly<Record<string, TreatyReading>> = {
  enmod: { instrumentType: 'convention' },
  ccw: { instrumentType: 'convention' },
  ccw_p4: { instrumentType: 'protocol', supplements: 'ccw', consentInSignatureColumn: true },
  ccw_p2a: { instrumentType: 'protocol', supplements: 'ccw', consentInSignatureColumn: true },
  ccw_art1: {
    instrumentType: 'protocol',
    supplements: 'ccw',
    consentInSignatureColumn: true,
    doubt:
      "An amendment to Article I of the CCW (2001), not a protocol: the model has no instrument type for amendments, and 'protocol' (an instrument that supplements the convention) is the nearest.",
  },
  ccw_p5: { instrumentType: 'protocol', supplements: 'ccw', consentInSignatureColumn: true },
  cwc: { instrumentType: 'convention' },
  ctbt: { instrumentType: 'treaty' },
  ottawa: { instrumentType: 'convention' },
  ccm: { instrumentType: 'convention' },
  att: { instrumentType: 'treaty' },
  tpnw: { instrumentType: 'treaty' },
};

/** The graph id this dataset gives a treaty it does not share with the curated seed. */
export function instrumentSlugId(treatyId: string): string {
  return `instrument:${treatyId.replace(/_/g, '-')}`;
}
