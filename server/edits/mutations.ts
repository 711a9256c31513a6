import type { ManagedTransaction } from 'neo4j-driver';
import { ENTITY_ID_PREFIXES } from '../../seed/validation/entity-kinds.js';
import type { EntityKind } from '../../model/data-model.js';
import { BadInputError, NotFoundError } from '../database/errors.js';
import type { QueryRunner } from '../database/executor.js';
import { entityUpdateChanges, newEntityChanges, newRelationChanges, periodChanges, slug } from './drafts.js';
import { readEvidence, type EvidenceInput } from './evidence.js';
import { editableSubject, idSuffix, propose, type Acting } from './proposals.js';
import type { ProposalRecord } from './proposal-records.js';
import { readSubject } from './records.js';
import { liveRelationCount } from './apply.js';

type Input = Record<string, unknown> & { evidence?: EvidenceInput; reason?: string | null };

function reasonOf(input: { reason?: string | null }): string | null {
  const reason = input.reason?.trim();
  return reason ? reason.slice(0, 1_000) : null;
}

/** A free id for a new entity: `<prefix><slug of its name>` (a State's is `state:<ISO3>`, which must be free). */
async function newEntityId(transaction: ManagedTransaction, kind: EntityKind, name: string, iso3: string | null): Promise<string> {
  if (kind === 'State') {
    const id = `state:${String(iso3)}`;
    const existing = await readSubject(transaction, id);
    if (existing) throw new BadInputError(`${id} exists already: propose a relation to it, or ask for a correction where it comes from.`);
    return id;
  }
  const base = `${ENTITY_ID_PREFIXES[kind]}${slug(name)}`;
  return (await readSubject(transaction, base)) ? `${base}-${idSuffix()}` : base;
}

export function proposeEntity(runner: QueryRunner, acting: Acting, input: Input): Promise<ProposalRecord> {
  const evidence = readEvidence(input.evidence ?? {});
  const changes = newEntityChanges(input);
  return propose(runner, acting, async (transaction) => ({
    action: 'CREATE_ENTITY',
    subjectKind: 'ENTITY',
    subjectId: await newEntityId(transaction, String(input.kind) as EntityKind, String(changes.find((change) => change.name === 'name')?.after), (input.iso3 as string | undefined) ?? null),
    baseVersion: null,
    changes,
    evidence,
    reason: reasonOf(input),
  }));
}

export function proposeEntityUpdate(runner: QueryRunner, acting: Acting, input: Input & { id: string; version: number }): Promise<ProposalRecord> {
  const evidence = readEvidence(input.evidence ?? {});
  return propose(runner, acting, async (transaction) => {
    const subject = await editableSubject(transaction, input.id, input.version);
    if (subject.subjectKind !== 'ENTITY') throw new BadInputError(`${input.id} is a relation: change its period with proposePeriodChange, or retract it.`);
    const { id: _id, version: _version, evidence: _evidence, reason: _reason, ...fields } = input;
    return {
      action: 'UPDATE_ENTITY',
      subjectKind: 'ENTITY',
      subjectId: subject.id,
      baseVersion: input.version,
      changes: entityUpdateChanges(fields, subject.properties),
      evidence,
      reason: reasonOf(input),
    };
  });
}

export function proposeRelation(runner: QueryRunner, acting: Acting, input: Input & { type: string; from: string; to: string }): Promise<ProposalRecord> {
  const evidence = readEvidence(input.evidence ?? {});
  return propose(runner, acting, async (transaction) => {
    const from = await readSubject(transaction, input.from);
    const to = await readSubject(transaction, input.to);
    if (!from || from.subjectKind !== 'ENTITY') throw new NotFoundError('entity', input.from);
    if (!to || to.subjectKind !== 'ENTITY') throw new NotFoundError('entity', input.to);
    const changes = newRelationChanges(input, String(from.properties.kind), String(to.properties.kind));
    const base = `${input.type}:${input.from}->${input.to}`;
    return {
      action: 'CREATE_RELATION',
      subjectKind: 'RELATION',
      // The seed's own default id, unless a relation of the same ends and type holds it already.
      subjectId: (await readSubject(transaction, base)) ? `${base}#ed-${idSuffix()}` : base,
      baseVersion: null,
      changes,
      evidence,
      reason: reasonOf(input),
    };
  });
}

export function proposePeriodChange(runner: QueryRunner, acting: Acting, input: Input & { id: string; version: number }): Promise<ProposalRecord> {
  const evidence = readEvidence(input.evidence ?? {});
  return propose(runner, acting, async (transaction) => {
    const subject = await editableSubject(transaction, input.id, input.version);
    if (subject.subjectKind !== 'RELATION') throw new BadInputError(`${input.id} is an entity: change its dates with proposeEntityUpdate.`);
    return {
      action: 'CHANGE_PERIOD',
      subjectKind: 'RELATION',
      subjectId: subject.id,
      baseVersion: input.version,
      changes: periodChanges(input, subject.properties),
      evidence,
      reason: reasonOf(input),
    };
  });
}

export function proposeRetraction(runner: QueryRunner, acting: Acting, input: { id: string; version: number; reason: string }): Promise<ProposalRecord> {
  const reason = reasonOf(input);
  if (!reason) throw new BadInputError('reason: a retraction says why; it stays with the record\'s last state.');
  return propose(runner, acting, async (transaction) => {
    const subject = await editableSubject(transaction, input.id, input.version);
    const live = subject.subjectKind === 'ENTITY' ? await liveRelationCount(transaction, subject.id) : 0;
    if (live > 0) throw new BadInputError(`${subject.id} still has ${live} live relation${live === 1 ? '' : 's'}: retract ${live === 1 ? 'it' : 'them'} first.`);
    return {
      action: 'RETRACT',
      subjectKind: subject.subjectKind,
      subjectId: subject.id,
      baseVersion: input.version,
      changes: [],
      // A retraction states no fact: its reason is its evidence.
      evidence: { sourceId: null, quote: null, editorNote: reason },
      reason,
    };
  });
}
