import type { ReferenceEntity, ReferenceEvidence, ReferenceRelation } from '../types.js';
import type { Crosswalk } from '../crosswalk.js';
import type { ListEntry } from './entries.js';
import { entryLocator, LATEST_SNAPSHOT, spanEvidence, type ListHistory } from './history.js';
import { regimeId, regimeSlug } from './ids.js';
import { SNAPSHOTS } from './read-snapshot.js';

const COUNCIL_NAME = 'United Nations Security Council';

const COUNCIL_DOUBT =
  'The list files do not name the Security Council in words; that the Consolidated List is the Council’s rests on its ' +
  'source (scsanctions.un.org) and on the schema its root element names (sc-sanctions.xsd).';

/** The Security Council's node, through the reviewed crosswalk (org:un-security-council). */
export function councilId(crosswalk: Crosswalk): string {
  const id = crosswalk.graphId('dataset:un-sc-consolidated', 'security-council');
  if (!id) throw new Error('crosswalk.yaml: no entry for dataset:un-sc-consolidated security-council');
  return id;
}

function rootEvidence(history: ListHistory): ReferenceEvidence[] {
  return SNAPSHOTS.flatMap(({ date }) => {
    const snapshot = history.snapshots.get(date);
    return snapshot ? [spanEvidence(history, date, snapshot.rootSpan, `CONSOLIDATED_LIST@${date}`)] : [];
  });
}

export function councilEntity(history: ListHistory, crosswalk: Crosswalk): ReferenceEntity {
  return {
    id: councilId(crosswalk),
    kind: 'Organization',
    name: COUNCIL_NAME,
    names: [],
    properties: {},
    evidence: rootEvidence(history),
    doubt: COUNCIL_DOUBT,
  };
}

/** Each regime's first entry per snapshot, in document order. */
function firstEntries(entries: readonly ListEntry[]): Map<string, ListEntry[]> {
  const byRegime = new Map<string, ListEntry[]>();
  for (const entry of [...entries].sort((a, b) => a.span.start - b.span.start)) {
    const firsts = byRegime.get(entry.unListType) ?? [];
    if (!firsts.some((first) => first.snapshot === entry.snapshot)) firsts.push(entry);
    byRegime.set(entry.unListType, firsts);
  }
  for (const firsts of byRegime.values()) firsts.sort((a, b) => a.snapshot.localeCompare(b.snapshot));
  return byRegime;
}

/** One Instrument per UN_LIST_TYPE, and the Council's ADOPTED relation to it. */
export function regimeRecords(
  history: ListHistory,
  entries: readonly ListEntry[],
  crosswalk: Crosswalk,
): { entities: ReferenceEntity[]; relations: ReferenceRelation[] } {
  const entities: ReferenceEntity[] = [];
  const relations: ReferenceRelation[] = [];
  const council = councilId(crosswalk);
  for (const [unListType, firsts] of [...firstEntries(entries)].sort(([a], [b]) => a.localeCompare(b))) {
    const evidence = firsts.map((first) =>
      spanEvidence(history, first.snapshot, first.spans.unListType, `${entryLocator(first)} UN_LIST_TYPE`),
    );
    const inLatest = firsts.some((first) => first.snapshot === LATEST_SNAPSHOT);
    entities.push({
      id: regimeId(unListType),
      kind: 'Instrument',
      name: `UN Security Council sanctions list: ${unListType}`,
      names: [],
      properties: { unListType, instrumentType: 'sanctions-regime' },
      evidence,
      ...(inLatest
        ? {}
        : {
            doubt: `No entry of the ${LATEST_SNAPSHOT} snapshot is listed under ${unListType}; the list does not say whether the regime ended or only its entries were removed.`,
          }),
    });
    relations.push({
      id: `unsc:regime-${regimeSlug(unListType)}:adopted`,
      type: 'ADOPTED',
      from: council,
      to: regimeId(unListType),
      properties: {},
      evidence: [...rootEvidence(history), ...evidence],
      doubt: `${COUNCIL_DOUBT} The list gives no adoption date or resolution for the ${unListType} list.`,
    });
  }
  return { entities, relations };
}
