import { PARTNER_ROLES, type EntityKind, type PartnerRole } from '../model/index.js';
import type { PartnerRoleRecord } from '../graph/types.js';
import { toCsv } from '../export/csv.js';
import { formatPeriod } from '../timeline/dates.js';

export const ROLE_COLUMNS = ['actor', 'role', 'target', 'period', 'evidence'] as const;
export type RoleColumn = (typeof ROLE_COLUMNS)[number];

export const ROLE_COLUMN_LABELS: Record<RoleColumn, string> = {
  actor: 'Actor',
  role: 'Role',
  target: 'Of',
  period: 'Period',
  evidence: 'Evidence',
};

export interface RoleRow {
  key: string;
  relationId: string;
  actorId: string;
  actorName: string;
  actorKind: EntityKind;
  role: PartnerRole;
  targetId: string;
  targetName: string;
  targetKind: EntityKind;
  /** Readable ("2020 – 2021"); `periodStart` sorts it. */
  period: string;
  periodStart: string;
  evidenceCount: number;
  /** Where the sources disagree about this role, or are unclear about it: shown and exported with the row. */
  conflict: string | null;
  doubt: string | null;
}

export interface RoleFilter {
  text: string;
  role: PartnerRole | 'all';
}

export interface RoleSort {
  column: RoleColumn;
  direction: 'ascending' | 'descending';
}

export function toRoleRows(records: readonly PartnerRoleRecord[]): RoleRow[] {
  return records.map((record) => {
    const { startDate, endDate } = periodBounds(record.period);
    return {
      key: `${record.actor.id}|${record.role}|${record.target.id}`,
      relationId: record.relation.id,
      actorId: record.actor.id,
      actorName: record.actor.name,
      actorKind: record.actor.kind,
      role: record.role,
      targetId: record.target.id,
      targetName: record.target.name,
      targetKind: record.target.kind,
      period: readablePeriod(record.period, startDate, endDate),
      periodStart: startDate ?? endDate ?? '',
      evidenceCount: record.evidence.length,
      conflict: record.relation.conflict ?? null,
      doubt: record.relation.doubt ?? null,
    };
  });
}

/** An open end (`2024/..`) reads "from 2024", so it is not mistaken for the single year 2024. */
function readablePeriod(period: string | null, startDate: string | null, endDate: string | null): string {
  const openEnded = !!period?.endsWith('/..') && startDate !== null;
  return openEnded ? `from ${formatPeriod(startDate, null)}` : formatPeriod(startDate, endDate);
}

/** The ends of an ISO 8601 interval of prefixes (`2020/2021`, `2024/..`, or a single `2020-02`); `..` is open. */
export function periodBounds(period: string | null): { startDate: string | null; endDate: string | null } {
  if (!period) return { startDate: null, endDate: null };
  const [start, end] = period.split('/');
  const bound = (value: string | undefined) => (value && value !== '..' ? value : null);
  return { startDate: bound(start), endDate: end === undefined ? bound(start) : bound(end) };
}

export function filterRoleRows(rows: readonly RoleRow[], filter: RoleFilter): RoleRow[] {
  const needle = filter.text.trim().toLowerCase();
  return rows.filter(
    (row) =>
      (filter.role === 'all' || row.role === filter.role) &&
      (!needle || `${row.actorName} ${row.targetName} ${row.role} ${row.period}`.toLowerCase().includes(needle)),
  );
}

const ROLE_ORDER = new Map<PartnerRole, number>(PARTNER_ROLES.map((role, index) => [role, index]));

export function sortRoleRows(rows: readonly RoleRow[], sort: RoleSort): RoleRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const value = (row: RoleRow): string | number => {
    switch (sort.column) {
      case 'actor':
        return row.actorName.toLowerCase();
      case 'role':
        return ROLE_ORDER.get(row.role) ?? 0;
      case 'target':
        return row.targetName.toLowerCase();
      case 'period':
        return row.periodStart;
      case 'evidence':
        return row.evidenceCount;
    }
  };
  // Undated rows say least about a period: last, whichever way it is sorted.
  const undated = (row: RoleRow) => (sort.column === 'period' && row.periodStart === '' ? 1 : 0);
  // Ties keep a stable, readable order: by actor name.
  return [...rows].sort((a, b) => undated(a) - undated(b) || compare(value(a), value(b)) * sign || a.actorName.localeCompare(b.actorName));
}

function compare(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function rolesCsv(rows: readonly RoleRow[]): string {
  return toCsv(
    ['actorId', 'actor', 'role', 'targetId', 'target', 'period', 'evidenceCount', 'conflict', 'doubt'],
    rows.map((row) => [row.actorId, row.actorName, row.role, row.targetId, row.targetName, row.period, row.evidenceCount, row.conflict, row.doubt]),
  );
}
