import type { ReferenceEntity, ReferenceEvidence, ReferenceRelation, UnresolvedValue } from '../types.js';
import type { ListEntry } from './entries.js';
import { entryLocator, spanEvidence, type ListHistory } from './history.js';
import type { NationalityResolver, NationalityState } from './nationalities.js';

interface Statement {
  entry: ListEntry;
  value: string;
  state: NationalityState;
  evidence: ReferenceEvidence;
}

/**
 * NATIONAL_OF per person and state, from every snapshot's NATIONALITY values; the State entities
 * they reach; and every value that names no state (kept in nationalityText, reported, never guessed).
 */
export function nationalityRecords(
  history: ListHistory,
  resolve: NationalityResolver,
): { entities: ReferenceEntity[]; relations: ReferenceRelation[]; unresolved: UnresolvedValue[] } {
  const relations: ReferenceRelation[] = [];
  const unresolved: UnresolvedValue[] = [];
  const stateEvidence = new Map<string, { name: string; evidence: ReferenceEvidence; direct: boolean; snapshot: string }>();
  for (const [nodeId, references] of history.nodes) {
    const byState = new Map<string, Statement[]>();
    for (const reference of references) {
      for (const entry of reference.entries) {
        entry.nationalities.forEach((value, index) => {
          const span = entry.spans.nationalities[index]!;
          const evidence = spanEvidence(history, entry.snapshot, span, `${entryLocator(entry)} NATIONALITY`);
          const reading = resolve(value);
          if (!reading.resolved) {
            unresolved.push({ file: entry.file, locator: entryLocator(entry), field: 'NATIONALITY', value, reason: reading.reason });
            return;
          }
          for (const state of reading.states) {
            const statements = byState.get(state.iso3) ?? [];
            statements.push({ entry, value, state, evidence });
            byState.set(state.iso3, statements);
            const direct = reading.states.length === 1 && !state.note && !state.doubt;
            const known = stateEvidence.get(state.iso3);
            // The state's own evidence: a plain country name rather than a demonym, the latest snapshot first.
            if (!known || (direct && !known.direct) || (direct === known.direct && entry.snapshot > known.snapshot)) {
              stateEvidence.set(state.iso3, { name: value, evidence, direct, snapshot: entry.snapshot });
            }
          }
        });
      }
    }
    for (const [iso3, statements] of [...byState].sort(([a], [b]) => a.localeCompare(b))) {
      const latestSnapshot = statements.reduce((latest, s) => (s.entry.snapshot > latest ? s.entry.snapshot : latest), '');
      const latest = statements.filter((s) => s.entry.snapshot === latestSnapshot);
      const note = latest.find((s) => s.state.note)?.state.note;
      const doubts = new Set(latest.flatMap((s) => (s.state.doubt ? [s.state.doubt] : [])));
      const nodeLatest = references.reduce((latestOf, r) => (r.latest.snapshot > latestOf ? r.latest.snapshot : latestOf), '');
      if (latestSnapshot < nodeLatest) {
        doubts.add(`Stated in the ${latestSnapshot} snapshot; the ${nodeLatest} snapshot no longer states it.`);
      }
      const firstReference = statements.map((s) => s.entry.referenceNumber).sort()[0]!;
      relations.push({
        id: `unsc:${firstReference}:nationality:${iso3}`,
        type: 'NATIONAL_OF',
        from: nodeId,
        to: `state:${iso3}`,
        properties: { note: note ?? null },
        evidence: statements.map((s) => s.evidence),
        ...(doubts.size > 0 ? { doubt: [...doubts].join(' ') } : {}),
      });
    }
  }
  const entities: ReferenceEntity[] = [...stateEvidence]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([iso3, { name, evidence }]) => ({
      id: `state:${iso3}`,
      kind: 'State',
      name,
      names: [],
      properties: {},
      evidence: [evidence],
    }));
  return { entities, relations, unresolved };
}
