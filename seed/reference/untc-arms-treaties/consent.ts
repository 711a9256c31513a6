import type { ConsentType } from '../../../model/data-model.js';
import type { ReferenceEvidence, ReferenceRelation, ReferenceValue } from '../types.js';
import type { MarkedConsent } from './att-markers.js';
import type { RatificationRow } from './read-csv.js';
import type { TreatyReading } from './treaty-table.js';

/** The CSV's action_type → the model's consent type. Anything else is reported, not guessed. */
const ACTION_CONSENT: Readonly<Record<string, ConsentType>> = {
  Ratification: 'ratification',
  Accession: 'accession',
  Succession: 'succession',
  Acceptance: 'acceptance',
  Approval: 'approval',
};

export type ConsentReading = { relation: ReferenceRelation } | { unresolved: { field: string; value: string; reason: string } };

interface ConsentInput {
  row: RatificationRow;
  reading: TreatyReading;
  stateId: string;
  iso3: string;
  instrumentId: string;
  evidence: ReferenceEvidence;
  /** att.html's marker for this row, where the page shows acceptance or approval. */
  marked?: MarkedConsent;
}

/** One CSV row → PARTY_TO (a consent date), SIGNED (a signature only), or an unresolved value. */
export function readConsent({ row, reading, stateId, iso3, instrumentId, evidence, marked }: ConsentInput): ConsentReading {
  const relation = (type: 'PARTY_TO' | 'SIGNED', properties: Record<string, ReferenceValue>, doubts: string[], extra: ReferenceEvidence[] = []) => ({
    relation: {
      id: `untc:${row.treatyId}:${iso3}`,
      type,
      from: stateId,
      to: instrumentId,
      properties,
      evidence: [evidence, ...extra],
      ...(doubts.length > 0 ? { doubt: doubts.join(' ') } : {}),
    } satisfies ReferenceRelation,
  });

  if (reading.consentInSignatureColumn) {
    // The signature column holds the "consent to be bound" date; these instruments are not signed.
    const consentDate = row.actionDate || row.signatureDate;
    if (!consentDate) return { unresolved: { field: 'action_date', value: '', reason: 'no consent date in either date column' } };
    if (!row.actionType) {
      return relation('PARTY_TO', { consentType: 'unspecified', startDate: consentDate }, [
        'The CSV leaves action_type empty and gives this date as signature_date: the UNTC table of this CCW instrument has ' +
          'a single "consent to be bound" column, which the scraper wrote into the signature column. The date is the ' +
          'consent date; how the state consented is not recorded.',
      ]);
    }
    const consentType = ACTION_CONSENT[row.actionType];
    if (!consentType) return { unresolved: { field: 'action_type', value: row.actionType, reason: 'not a consent type the model knows' } };
    const doubts = [
      row.signatureDate === row.actionDate
        ? 'The CSV repeats the consent date as signature_date (the "consent to be bound" column): not taken as a signature.'
        : `The CSV's signature_date (${row.signatureDate || 'empty'}) is this instrument's consent column, not a signature; action_date (${row.actionDate}) is taken as the consent date.`,
    ];
    return relation('PARTY_TO', { consentType, startDate: row.actionDate }, doubts);
  }

  if (row.actionDate) {
    const stated = ACTION_CONSENT[row.actionType];
    if (!stated) return { unresolved: { field: 'action_type', value: row.actionType, reason: 'a consent date without a consent type the model knows' } };
    const doubts: string[] = [];
    let consentType = stated;
    let extra: ReferenceEvidence[] = [];
    if (marked && marked.date === row.actionDate) {
      consentType = marked.consentType;
      extra = marked.evidence;
      doubts.push(
        `The CSV says ${row.actionType}; the UNTC page (att.html) marks this consent "${marked.marker}" (${marked.consentType}), which the scraper collapsed.`,
      );
    } else if (marked) {
      doubts.push(`att.html marks a consent "${marked.marker}" on ${marked.date}, the CSV gives ${row.actionDate}: the CSV's type and date are kept.`);
    } else if (stated === 'accession' && row.signatureDate) {
      doubts.push(
        'The CSV says Accession although the state signed first: the UNTC page may mark acceptance ("A"), which the scraper reads as accession (as att.html shows for the ATT).',
      );
    }
    const properties: Record<string, ReferenceValue> = { consentType, startDate: row.actionDate };
    if (row.signatureDate) properties.signatureDate = row.signatureDate;
    return relation('PARTY_TO', properties, doubts, extra);
  }

  if (row.signatureDate) {
    if (row.actionType) return { unresolved: { field: 'action_type', value: row.actionType, reason: 'a consent type without a consent date' } };
    return relation('SIGNED', { startDate: row.signatureDate, signatureDate: row.signatureDate }, []);
  }
  return { unresolved: { field: 'action_date', value: '', reason: 'neither a consent date nor a signature date' } };
}
