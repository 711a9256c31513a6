import type { ManagedTransaction } from 'neo4j-driver';
import { assertCypherName, readQuery } from '../../cypher/index.js';
import { CURATED_DATASET, EDITORS_DATASET_ID, isRelationType, type RelationType } from '../../model/data-model.js';
import { ForbiddenError } from '../database/errors.js';

const ENTITY_FOR_EDIT = readQuery('edit-entity');
const RELATION_FOR_EDIT = readQuery('edit-relation');

/** A record an edit is about, as the edit's transaction reads it. */
export type EditSubject =
  | { subjectKind: 'ENTITY'; id: string; properties: Record<string, unknown> }
  | { subjectKind: 'RELATION'; id: string; type: RelationType; from: string; to: string; properties: Record<string, unknown> };

/** The relation type an id names (`FUNDS:state:SAU->project:…`), or null for an id that names none. */
export function relationTypeOfId(id: string): RelationType | null {
  const prefix = id.slice(0, id.indexOf(':'));
  return isRelationType(prefix) ? prefix : null;
}

/** Runs one read and returns its rows as plain objects: a transaction's or a request's runner. */
export type Reader = (query: string, parameters: Record<string, unknown>) => Promise<Record<string, unknown>[]>;

/** A reader inside a write transaction (what an edit reads under the edit lock). */
export function transactionReader(transaction: ManagedTransaction): Reader {
  return async (query, parameters) => (await transaction.run(query, parameters)).records.map((record) => record.toObject() as Record<string, unknown>);
}

/** Reads an entity, or a relation when the id starts with a relation type; null when absent. */
export async function readSubject(transaction: ManagedTransaction | Reader, id: string): Promise<EditSubject | null> {
  const read = typeof transaction === 'function' ? transaction : transactionReader(transaction);
  const type = relationTypeOfId(id);
  if (type) {
    assertCypherName(type);
    const [row] = await read(RELATION_FOR_EDIT.replaceAll('RELATION_TYPE', type), { id });
    if (!row) return null;
    return { subjectKind: 'RELATION', id, type, from: String(row.from), to: String(row.to), properties: plain(row.properties as Record<string, unknown>) };
  }
  const [row] = await read(ENTITY_FOR_EDIT, { id });
  return row ? { subjectKind: 'ENTITY', id, properties: plain(row.properties as Record<string, unknown>) } : null;
}

/** Neo4j integers become numbers (a version, a year): every one the workspace stores is small. */
export function plain(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(properties).map(([key, value]) => [key, typeof value === 'object' && value !== null && 'toNumber' in value ? (value as { toNumber(): number }).toNumber() : value]),
  );
}

/** The datasets that own a record: an entity's `datasets`, a relation's `dataset` (curated when the seed wrote it before owners existed). */
export function ownersOf(subject: EditSubject): string[] {
  const { properties } = subject;
  if (subject.subjectKind === 'ENTITY' && Array.isArray(properties.datasets)) return properties.datasets as string[];
  if (subject.subjectKind === 'RELATION' && typeof properties.dataset === 'string') return [properties.dataset];
  return properties.seedFile !== undefined ? [CURATED_DATASET] : [];
}

/** Why editors may not change this record, or null when the editors' dataset alone owns it. */
export function notEditableBecause(subject: EditSubject): string | null {
  const owners = ownersOf(subject);
  const what = subject.subjectKind === 'ENTITY' ? 'entity' : 'relation';
  if (owners.length > 0 && owners.every((owner) => owner === EDITORS_DATASET_ID)) return null;
  if (owners.includes(CURATED_DATASET)) {
    return `The ${what} ${subject.id} belongs to the curated documents: change it in seed/ through review in the repository.`;
  }
  if (owners.length === 0) return `The ${what} ${subject.id} has no owner the workspace knows: it cannot be edited here.`;
  return `The ${what} ${subject.id} follows its dataset (${owners.filter((owner) => owner !== EDITORS_DATASET_ID).join(', ')}): it changes when that dataset is imported again, not by editing.`;
}

export function assertEditable(subject: EditSubject): void {
  const reason = notEditableBecause(subject);
  if (reason) throw new ForbiddenError(reason);
}

/** The version an edit must name; 0 for a record editors do not own (which carries none). */
export function versionOf(subject: EditSubject): number {
  return Number(subject.properties.version ?? 0);
}
