import type { ReferenceEvidence } from '../types.js';
import type { ListEntry } from './entries.js';
import { identityGroups, type Judgement } from './judgements.js';
import { partyId } from './ids.js';
import { SNAPSHOTS, type Snapshot, type SnapshotDate } from './read-snapshot.js';
import type { SourceSpan } from './source-text.js';

export const LATEST_SNAPSHOT: SnapshotDate = SNAPSHOTS[SNAPSHOTS.length - 1]!.date;
export const EARLIEST_SNAPSHOT: SnapshotDate = SNAPSHOTS[0]!.date;

/** One reference number across the snapshots: its entries oldest first. */
export interface ReferenceHistory {
  referenceNumber: string;
  entries: ListEntry[];
  latest: ListEntry;
  /** The graph node it belongs to (shared by the references a positive judgement joins). */
  nodeId: string;
}

/** Everything the mappers need: the snapshots' text, every reference's history, the nodes. */
export interface ListHistory {
  snapshots: ReadonlyMap<SnapshotDate, Snapshot>;
  references: ReadonlyMap<string, ReferenceHistory>;
  /** Node id → the references it stands for, sorted. */
  nodes: ReadonlyMap<string, ReferenceHistory[]>;
}

export function buildHistory(snapshots: readonly Snapshot[], entries: readonly ListEntry[], judgements: readonly Judgement[]): ListHistory {
  const byReference = new Map<string, ListEntry[]>();
  for (const entry of entries) {
    const list = byReference.get(entry.referenceNumber) ?? [];
    if (list.some((other) => other.snapshot === entry.snapshot)) {
      throw new Error(`${entry.file}: reference number ${entry.referenceNumber} appears twice`);
    }
    list.push(entry);
    byReference.set(entry.referenceNumber, list);
  }
  const groups = identityGroups(judgements);
  const references = new Map<string, ReferenceHistory>();
  const nodes = new Map<string, ReferenceHistory[]>();
  for (const [referenceNumber, list] of [...byReference].sort(([a], [b]) => a.localeCompare(b))) {
    list.sort((a, b) => a.snapshot.localeCompare(b.snapshot));
    const latest = list[list.length - 1]!;
    const first = groups.get(referenceNumber)?.[0] ?? referenceNumber;
    const history: ReferenceHistory = { referenceNumber, entries: list, latest, nodeId: partyId(latest.kind, first) };
    references.set(referenceNumber, history);
    const node = nodes.get(history.nodeId) ?? [];
    node.push(history);
    nodes.set(history.nodeId, node);
  }
  for (const [reference, group] of groups) {
    if (!references.has(reference)) throw new Error(`judgements.yaml: ${reference} is in neither snapshot`);
    const kinds = new Set(group.map((member) => references.get(member)?.latest.kind));
    if (kinds.size > 1) throw new Error(`judgements.yaml: ${group.join(', ')} join a person and an entity`);
  }
  return { snapshots: new Map(snapshots.map((snapshot) => [snapshot.date, snapshot])), references, nodes };
}

/** The evidence item for a span of a snapshot. */
export function spanEvidence(history: ListHistory, snapshot: SnapshotDate, span: SourceSpan, locator: string): ReferenceEvidence {
  const source = history.snapshots.get(snapshot);
  if (!source) throw new Error(`no snapshot ${snapshot}`);
  return { file: source.file, line: source.source.line(span.start), locator, quote: source.source.quote(span), snapshot };
}

/** "QDi.372@2024-09-26": what a reader looks the record up by. */
export function entryLocator(entry: ListEntry): string {
  return `${entry.referenceNumber}@${entry.snapshot}`;
}

export function entryEvidence(history: ListHistory, entry: ListEntry): ReferenceEvidence {
  return spanEvidence(history, entry.snapshot, entry.span, entryLocator(entry));
}
