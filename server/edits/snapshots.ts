import type { AuditSnapshot } from '../audit/audit-log.js';
import type { EditSubject } from './records.js';

/** What an entity's history shows of it: its facts, evidence, owners and version, not its search bookkeeping. */
const ENTITY_FIELDS = ['id', 'kind', 'name', 'aliases', 'description', 'scope', 'iso3', 'startDate', 'endDate', 'eventType', 'evidenceSources', 'evidenceQuotes', 'editorNote', 'datasets', 'version'];
const RELATION_FIELDS = ['startDate', 'endDate', 'title', 'role', 'note', 'evidenceSources', 'evidenceQuotes', 'editorNote', 'dataset', 'version'];

function pick(properties: Record<string, unknown>, fields: readonly string[]): AuditSnapshot {
  const snapshot: AuditSnapshot = {};
  for (const field of fields) {
    const value = properties[field];
    if (value === undefined || value === null) continue;
    snapshot[field] = Array.isArray(value) ? value.map(String) : typeof value === 'number' || typeof value === 'boolean' ? value : String(value);
  }
  return snapshot;
}

/** A record's state as the audit trail keeps it (before and after each change; a retraction's last state). */
export function snapshotOf(subject: EditSubject): AuditSnapshot {
  if (subject.subjectKind === 'ENTITY') return pick(subject.properties, ENTITY_FIELDS);
  return { id: subject.id, type: subject.type, from: subject.from, to: subject.to, ...pick(subject.properties, RELATION_FIELDS) };
}
