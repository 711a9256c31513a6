import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { assertCypherName, readQuery } from '../../cypher/index.js';
import type { AuditAction } from '../../model/audit.js';
import { EDITORS_DATASET_ID, type RelationType } from '../../model/data-model.js';
import { refreshSearchText } from '../../seed/reference/write/search-text.js';
import type { AuditSnapshot } from '../audit/audit-log.js';
import type { Viewer } from '../auth/viewer.js';
import { ConflictError } from '../database/errors.js';
import { staleVersion } from './conflicts.js';
import type { Change, FieldValue } from './drafts.js';
import type { ProposalRecord } from './proposal-records.js';
import { assertEditable, readSubject, versionOf, type EditSubject } from './records.js';
import { snapshotOf } from './snapshots.js';

const CREATE_ENTITY = readQuery('edit-create-entity');
const UPDATE_ENTITY = readQuery('edit-update-entity');
const CREATE_RELATION = readQuery('edit-create-relation');
const UPDATE_RELATION = readQuery('edit-update-relation');
const RETRACT = readQuery('edit-retract');
const LIVE_RELATIONS = readQuery('edit-live-relations');
const EDITORS_DATASET = readQuery('edit-editors-dataset');
const RETRACTION_OF = readQuery('edit-retraction-of');

/** What applying a proposal did, for its audit event. */
export interface AppliedChange {
  action: Extract<AuditAction, 'RECORD_CREATED' | 'RECORD_UPDATED' | 'RECORD_RETRACTED'>;
  before: AuditSnapshot | null;
  after: AuditSnapshot | null;
}

function afterValues(changes: readonly Change[]): Record<string, FieldValue> {
  return Object.fromEntries(changes.map((change) => [change.name, change.after]));
}

/** The evidence properties after a change: a quote joins the record's evidence; a note replaces its note. */
function evidenceAfter(proposal: ProposalRecord, current: Record<string, unknown>): Record<string, unknown> {
  const { evidence } = proposal;
  if (evidence.editorNote !== null) return { editorNote: evidence.editorNote };
  const sources = (current.evidenceSources as string[] | undefined) ?? [];
  const quotes = (current.evidenceQuotes as string[] | undefined) ?? [];
  const already = sources.some((source, index) => source === evidence.sourceId && quotes[index] === evidence.quote);
  return already ? {} : { evidenceSources: [...sources, evidence.sourceId], evidenceQuotes: [...quotes, evidence.quote] };
}

/**
 * Reads the subject as it is now (the caller holds the edit lock, so nobody changes it before
 * this transaction commits), and refuses when it moved on from the proposal's base version.
 */
async function currentSubject(transaction: ManagedTransaction, proposal: ProposalRecord): Promise<EditSubject> {
  const subject = await readSubject(transaction, proposal.subjectId);
  const base = proposal.baseVersion ?? 0;
  if (!subject) {
    const retraction = await transaction.run(RETRACTION_OF, { subjectId: proposal.subjectId });
    throw retraction.records.length > 0 ? await staleVersion(transaction, proposal.subjectId, base, null) : new ConflictError(`${proposal.subjectId} is no longer in the graph.`);
  }
  assertEditable(subject);
  if (versionOf(subject) !== base) throw await staleVersion(transaction, proposal.subjectId, base, versionOf(subject));
  return subject;
}

async function bumpDataset(transaction: ManagedTransaction, now: string, entities: number, relations: number): Promise<void> {
  await transaction.run(EDITORS_DATASET, { id: EDITORS_DATASET_ID, now, entities: neo4j.int(entities), relations: neo4j.int(relations) });
}

/** Applies an accepted proposal to the live graph, inside the acceptance's transaction. */
export async function applyProposal(transaction: ManagedTransaction, proposal: ProposalRecord, reviewer: Viewer, now: string): Promise<AppliedChange> {
  const stamp = { updatedAt: now, updatedBy: proposal.proposedBy.id, acceptedBy: reviewer.userId };
  switch (proposal.action) {
    case 'CREATE_ENTITY': {
      const existing = await readSubject(transaction, proposal.subjectId);
      if (existing) throw new ConflictError(`${proposal.subjectId} was created meanwhile (version ${versionOf(existing)}): propose a correction of it instead.`);
      const values = afterValues(proposal.changes);
      const kind = String(values.kind);
      assertCypherName(kind);
      const properties = {
        ...values,
        ...evidenceAfter(proposal, {}),
        id: proposal.subjectId,
        datasets: [EDITORS_DATASET_ID],
        nameRank: 0,
        version: 1,
        createdAt: now,
        createdBy: proposal.proposedBy.id,
        ...stamp,
      };
      await transaction.run(CREATE_ENTITY.replaceAll('KIND_LABEL', kind), { properties: withoutNulls(properties) });
      await refreshSearchText(transaction, [proposal.subjectId]);
      await bumpDataset(transaction, now, 1, 0);
      return { action: 'RECORD_CREATED', before: null, after: snapshotOf((await readSubject(transaction, proposal.subjectId))!) };
    }
    case 'CREATE_RELATION': {
      const values = afterValues(proposal.changes);
      for (const end of [values.from, values.to]) {
        if (!(await readSubject(transaction, String(end)))) throw new ConflictError(`${String(end)}, an end of the proposed relation, is no longer in the graph.`);
      }
      if (await readSubject(transaction, proposal.subjectId)) throw new ConflictError(`${proposal.subjectId} was created meanwhile: propose a change of it instead.`);
      const type = String(values.type) as RelationType;
      assertCypherName(type);
      const { type: _type, from, to, ...facts } = values;
      const properties = { ...facts, ...evidenceAfter(proposal, {}), id: proposal.subjectId, dataset: EDITORS_DATASET_ID, version: 1, createdAt: now, createdBy: proposal.proposedBy.id, ...stamp };
      await transaction.run(CREATE_RELATION.replaceAll('RELATION_TYPE', type), { from, to, properties: withoutNulls(properties) });
      await bumpDataset(transaction, now, 0, 1);
      return { action: 'RECORD_CREATED', before: null, after: snapshotOf((await readSubject(transaction, proposal.subjectId))!) };
    }
    case 'UPDATE_ENTITY':
    case 'CHANGE_PERIOD': {
      const subject = await currentSubject(transaction, proposal);
      const set = { ...afterValues(proposal.changes), ...evidenceAfter(proposal, subject.properties), version: versionOf(subject) + 1, ...stamp };
      if (subject.subjectKind === 'ENTITY') {
        await transaction.run(UPDATE_ENTITY, { id: subject.id, set: integers(set) });
        await refreshSearchText(transaction, [subject.id]);
      } else {
        assertCypherName(subject.type);
        await transaction.run(UPDATE_RELATION.replaceAll('RELATION_TYPE', subject.type), { id: subject.id, set: integers(set) });
      }
      return { action: 'RECORD_UPDATED', before: snapshotOf(subject), after: snapshotOf((await readSubject(transaction, subject.id))!) };
    }
    case 'RETRACT': {
      const subject = await currentSubject(transaction, proposal);
      if (subject.subjectKind === 'ENTITY') {
        const live = await liveRelationCount(transaction, subject.id);
        if (live > 0) throw new ConflictError(`${subject.id} still has ${live} live relation${live === 1 ? '' : 's'}: retract ${live === 1 ? 'it' : 'them'} first.`);
      }
      const before = snapshotOf(subject);
      const type = subject.subjectKind === 'RELATION' ? subject.type : 'RELATION_TYPE';
      assertCypherName(type);
      await transaction.run(RETRACT.replaceAll('RELATION_TYPE', type), {
        id: subject.id,
        isEntity: subject.subjectKind === 'ENTITY',
        retraction: {
          id: `retraction:${proposal.id.slice('proposal:'.length)}`,
          subjectId: subject.id,
          subjectKind: subject.subjectKind,
          reason: proposal.reason ?? '',
          retractedAt: now,
          retractedBy: reviewer.userId,
          proposedBy: proposal.proposedBy.id,
          proposalId: proposal.id,
          snapshotJson: JSON.stringify(before),
        },
      });
      await bumpDataset(transaction, now, subject.subjectKind === 'ENTITY' ? -1 : 0, subject.subjectKind === 'RELATION' ? -1 : 0);
      return { action: 'RECORD_RETRACTED', before, after: null };
    }
  }
}

/** How many relations touch an entity: an actor is retracted only once none does. */
export async function liveRelationCount(transaction: ManagedTransaction, id: string): Promise<number> {
  return Number((await transaction.run(LIVE_RELATIONS, { id })).records[0]?.get('count') ?? 0);
}

function withoutNulls(properties: Record<string, unknown>): Record<string, unknown> {
  return integers(Object.fromEntries(Object.entries(properties).filter(([, value]) => value !== null && value !== undefined)));
}

/** Whole numbers (versions) go to Neo4j as integers, not the floats JavaScript numbers become. */
function integers(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, typeof value === 'number' && Number.isInteger(value) ? neo4j.int(value) : value]));
}
