import type { ReferenceEvidence, ReferenceRelation, UnresolvedValue } from '../types.js';
import type { ListEntry } from './entries.js';
import { entryLocator, spanEvidence, type ListHistory } from './history.js';

/** The narrative field that cites a reference number (COMMENTS1, else DESIGNATION) and its evidence. */
function citing(history: ListHistory, entry: ListEntry, cited: string): { field: string; evidence: ReferenceEvidence } {
  const snapshot = history.snapshots.get(entry.snapshot)!;
  for (const [field, span] of [
    ['COMMENTS1', entry.spans.comments],
    ['DESIGNATION', entry.spans.designation],
  ] as const) {
    if (span && snapshot.source.text.slice(span.start, span.end).includes(cited)) {
      return { field, evidence: spanEvidence(history, entry.snapshot, span, `${entryLocator(entry)} ${field}`) };
    }
  }
  throw new Error(`${entry.file}: ${entry.referenceNumber} cites ${cited} in no narrative field`);
}

/**
 * ASSOCIATED_WITH from a listed party to each party its narrative cites by reference number,
 * when either snapshot lists the cited number; a number neither lists is reported unresolved.
 */
export function associationRelations(history: ListHistory): { relations: ReferenceRelation[]; unresolved: UnresolvedValue[] } {
  const relations = new Map<string, ReferenceRelation>();
  const unresolved: UnresolvedValue[] = [];
  for (const reference of history.references.values()) {
    for (const entry of reference.entries) {
      for (const cited of entry.citedReferenceNumbers) {
        const target = history.references.get(cited);
        const { field, evidence } = citing(history, entry, cited);
        if (!target) {
          unresolved.push({
            file: entry.file,
            locator: entryLocator(entry),
            field,
            value: cited,
            reason: 'cited reference number is in neither snapshot',
          });
          continue;
        }
        // Two references that a positive judgement joins cite each other: that is the node itself.
        if (target.nodeId === reference.nodeId) continue;
        const id = `unsc:${reference.referenceNumber}:assoc:${cited}`;
        const relation = relations.get(id) ?? {
          id,
          type: 'ASSOCIATED_WITH' as const,
          from: reference.nodeId,
          to: target.nodeId,
          properties: {},
          evidence: [],
        };
        relation.evidence.push(evidence);
        relations.set(id, relation);
      }
    }
    const latestCites = new Set(reference.latest.citedReferenceNumbers);
    for (const relation of relations.values()) {
      const cited = relation.id.slice(`unsc:${reference.referenceNumber}:assoc:`.length);
      if (relation.id.startsWith(`unsc:${reference.referenceNumber}:assoc:`) && !latestCites.has(cited)) {
        relation.doubt = `Only an earlier snapshot's narrative cites ${cited}; the ${reference.latest.snapshot} snapshot no longer does.`;
      }
    }
  }
  return { relations: [...relations.values()], unresolved };
}
