import type { ReferenceRelation } from '../types.js';
import { EARLIEST_SNAPSHOT, entryEvidence, LATEST_SNAPSHOT, type ListHistory } from './history.js';
import { regimeId } from './ids.js';
import { isCurrent } from './parties.js';

/**
 * LISTED_UNDER per reference number: current when the latest snapshot lists it; otherwise
 * delisted at a date the data only brackets (after the last snapshot that lists it, by the next).
 */
export function listingRelations(history: ListHistory): ReferenceRelation[] {
  return [...history.references.values()].map((reference) => {
    const { latest } = reference;
    const current = isCurrent(reference);
    const regimes = new Set(reference.entries.map((entry) => entry.unListType));
    const doubts: string[] = [];
    if (regimes.size > 1) doubts.push(`The snapshots list ${reference.referenceNumber} under ${[...regimes].join(' and ')}; the latest is used.`);
    if (latest.listedOnRaw && !latest.listedOn) doubts.push(`LISTED_ON "${latest.listedOnRaw}" is not a date.`);
    if (!current && latest.snapshot !== EARLIEST_SNAPSHOT) doubts.push('Removed between two snapshots that are not the first and the last.');
    return {
      id: `unsc:${reference.referenceNumber}:listing`,
      type: 'LISTED_UNDER',
      from: reference.nodeId,
      to: regimeId(latest.unListType),
      properties: {
        referenceNumber: reference.referenceNumber,
        startDate: latest.listedOn ?? null,
        listingStatus: current ? 'current' : 'delisted',
        delistedAfter: current ? null : latest.snapshot,
        delistedBy: current ? null : LATEST_SNAPSHOT,
      },
      evidence: reference.entries.map((entry) => entryEvidence(history, entry)),
      ...(doubts.length > 0 ? { doubt: doubts.join(' ') } : {}),
    };
  });
}
