import type { ReferenceEntity, ReferenceName, ReferenceValue } from '../types.js';
import { entryEvidence, LATEST_SNAPSHOT, type ListHistory, type ReferenceHistory } from './history.js';

/** The properties a listed person or entity carries (all from the latest snapshot that lists it). */
export const PARTY_PROPERTIES = [
  'referenceNumber',
  'otherReferenceNumbers',
  'unListType',
  'dataId',
  'listedOn',
  'originalScriptName',
  'dateOfBirth',
  'dateOfBirthType',
  'nationalityText',
  'designation',
  'comments',
] as const;
type PartyProperty = (typeof PARTY_PROPERTIES)[number];

/**
 * The reference a node's properties come from: the one the latest snapshot lists (the most recent
 * word), alphabetically first among equals.
 */
function primary(references: readonly ReferenceHistory[]): ReferenceHistory {
  return [...references].sort(
    (a, b) => b.latest.snapshot.localeCompare(a.latest.snapshot) || a.referenceNumber.localeCompare(b.referenceNumber),
  )[0]!;
}

function partyEntity(history: ListHistory, nodeId: string, references: readonly ReferenceHistory[]): ReferenceEntity {
  const main = primary(references);
  const entry = main.latest;
  const names: ReferenceName[] = [];
  const addName = (name: ReferenceName) => {
    if (name.name === entry.name) return;
    const known = names.findIndex((other) => other.name === name.name);
    if (known === -1) names.push(name);
    else if (name.quality === 'strong') names[known] = { ...names[known]!, quality: 'strong' };
  };
  for (const reference of [main, ...references.filter((other) => other !== main)]) {
    addName({ name: reference.latest.name, quality: 'strong' });
    for (const name of reference.latest.names) addName(name);
  }
  const properties: Record<PartyProperty, ReferenceValue> = {
    referenceNumber: entry.referenceNumber,
    otherReferenceNumbers:
      references.length > 1 ? references.filter((other) => other !== main).map((other) => other.referenceNumber) : null,
    unListType: entry.unListType,
    dataId: entry.dataId,
    listedOn: entry.listedOn ?? null,
    originalScriptName: entry.originalScriptName ?? null,
    dateOfBirth: entry.datesOfBirth.length > 0 ? entry.datesOfBirth.map((date) => date.value) : null,
    dateOfBirthType: entry.datesOfBirth.length > 0 ? entry.datesOfBirth.map((date) => date.type) : null,
    nationalityText: entry.nationalities.length > 0 ? entry.nationalities.join('; ') : null,
    designation: entry.designations.length > 0 ? entry.designations : null,
    comments: entry.comments ?? null,
  };
  const doubts: string[] = [];
  if (entry.listedOnRaw && !entry.listedOn) doubts.push(`LISTED_ON "${entry.listedOnRaw}" is not a date.`);
  for (const reference of references) {
    const kinds = new Set(reference.entries.map((item) => item.kind));
    if (kinds.size > 1) doubts.push(`${reference.referenceNumber} is an INDIVIDUAL in one snapshot and an ENTITY in another.`);
  }
  return {
    id: nodeId,
    kind: entry.kind,
    name: entry.name,
    names,
    properties,
    evidence: references.flatMap((reference) => reference.entries.map((item) => entryEvidence(history, item))),
    ...(doubts.length > 0 ? { doubt: doubts.join(' ') } : {}),
  };
}

/** One Person or Organization per node: one reference number, or those a positive judgement joins. */
export function partyEntities(history: ListHistory): ReferenceEntity[] {
  return [...history.nodes].map(([nodeId, references]) => partyEntity(history, nodeId, references));
}

export function isCurrent(reference: ReferenceHistory): boolean {
  return reference.latest.snapshot === LATEST_SNAPSHOT;
}
