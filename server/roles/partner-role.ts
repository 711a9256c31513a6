import { PARTNER_ROLE_RELATIONS, PARTNER_ROLES, type PartnerRole } from '../../model/data-model.js';
import { evidenceOf, type EntityNode, type EvidenceReference, type RelationRecord } from '../entities/graph-records.js';

/** A row of partner-roles.cypher. */
export interface PartnerRoleRow {
  actor: EntityNode;
  target: EntityNode;
  relation: RelationRecord;
}

export interface PartnerRoleEntry {
  actor: EntityNode;
  role: PartnerRole;
  target: EntityNode;
  period: string | null;
  evidence: EvidenceReference[];
  relation: RelationRecord;
}

const ROLE_OF_TYPE = new Map<string, PartnerRole>(PARTNER_ROLES.map((role) => [PARTNER_ROLE_RELATIONS[role], role]));

/** The relation types that express the given roles (all of them by default), for the query's $relationTypes. */
export function partnerRoleTypes(roles: readonly PartnerRole[] = PARTNER_ROLES): string[] {
  return roles.map((role) => PARTNER_ROLE_RELATIONS[role]);
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** An ISO 8601 interval of date prefixes: `2020/2021`, `2024/..` when open-ended, `../2021`. */
export function interval(start: string | null, end: string | null): string | null {
  if (start && end) return start === end ? start : `${start}/${end}`;
  if (start) return `${start}/..`;
  if (end) return `../${end}`;
  return null;
}

/**
 * When a role is played: the relation's own period; for a role at an event without one, the
 * event's dates (an event with one date is that date, not an open interval).
 */
export function periodOf(relation: RelationRecord, target: EntityNode): string | null {
  const own = interval(text(relation.properties.startDate), text(relation.properties.endDate));
  if (own !== null || target.kind !== 'Event') return own;
  const start = text(target.startDate);
  return start !== null && text(target.endDate) === null ? start : interval(start, text(target.endDate));
}

/** Rows as partner-map entries, by role (model order), then actor name, then target name. */
export function partnerRoles(rows: readonly PartnerRoleRow[]): PartnerRoleEntry[] {
  const entries: PartnerRoleEntry[] = [];
  for (const row of rows) {
    const role = ROLE_OF_TYPE.get(row.relation.type);
    if (!role) continue;
    entries.push({
      actor: row.actor,
      role,
      target: row.target,
      period: periodOf(row.relation, row.target),
      evidence: evidenceOf(row.relation.properties),
      relation: row.relation,
    });
  }
  return entries.sort(
    (a, b) =>
      PARTNER_ROLES.indexOf(a.role) - PARTNER_ROLES.indexOf(b.role) ||
      a.actor.name.localeCompare(b.actor.name, 'en') ||
      a.target.name.localeCompare(b.target.name, 'en'),
  );
}
