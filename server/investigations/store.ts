import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { appendAuditEvent, type AuditSnapshot } from '../audit/audit-log.js';
import type { RequestOrigin, Viewer } from '../auth/viewer.js';
import { ConflictError, ForbiddenError, NotFoundError, BadInputError } from '../database/errors.js';
import { loginOf, type InvestigationContent } from './validation.js';

export type InvestigationAccess = 'OWNER' | 'EDIT' | 'READ';

interface Actor {
  viewer: Viewer;
  origin: RequestOrigin;
}

function snapshot(content: Partial<InvestigationContent> & { version?: number }): AuditSnapshot {
  // Positions are many numbers that tell a reviewer of the trail little: their count stands for them.
  const { positionIds, positionXs: _x, positionYs: _y, ...rest } = content;
  return { ...rest, ...(positionIds && { positions: positionIds.length }) } as AuditSnapshot;
}

async function accessOf(tx: ManagedTransaction, id: string, userId: string) {
  const result = await tx.run(
    `MATCH (investigation:Investigation {id: $id})
     MATCH (owner:User)-[:OWNS]->(investigation)
     OPTIONAL MATCH (:User {id: $userId})-[share:CAN_EDIT|CAN_READ]->(investigation)
     RETURN investigation { .* } AS investigation, owner.id = $userId AS owns, type(share) AS share`,
    { id, userId },
  );
  const record = result.records[0];
  if (!record) throw new NotFoundError('investigation', id);
  return {
    investigation: record.get('investigation') as Record<string, unknown>,
    access: (record.get('owns') ? 'OWNER' : record.get('share') === 'CAN_EDIT' ? 'EDIT' : record.get('share') === 'CAN_READ' ? 'READ' : null) as InvestigationAccess | null,
  };
}

/** Creates an investigation owned by the viewer; returns its id. */
export async function createInvestigation(tx: ManagedTransaction, { viewer, origin }: Actor, content: InvestigationContent): Promise<string> {
  const id = `inv:${randomUUID()}`;
  const now = new Date().toISOString();
  const created = await tx.run(
    `MATCH (user:User {id: $userId})
     CREATE (user)-[:OWNS]->(investigation:Investigation)
     SET investigation = $properties
     RETURN investigation.id AS id`,
    { userId: viewer.userId, properties: { ...content, id, version: 1, createdAt: now, updatedAt: now } },
  );
  if (created.records.length === 0) throw new ForbiddenError('Your account is not in the workspace any more: sign in again.');
  await appendAuditEvent(tx, {
    action: 'INVESTIGATION_SAVED',
    actor: { userId: viewer.userId, name: viewer.name },
    subjectKind: 'INVESTIGATION',
    subjectId: id,
    after: snapshot({ ...content, version: 1 }),
    origin,
  });
  return id;
}

/**
 * Saves over an investigation the viewer owns or may edit, if nobody saved it since `version`
 * (compare-and-set in the transaction: of two saves against one version, one wins and the
 * other gets CONFLICT saying who saved it when).
 */
export async function updateInvestigation(tx: ManagedTransaction, { viewer, origin }: Actor, id: string, version: number, content: InvestigationContent): Promise<void> {
  // Neo4j reads what was committed when a statement reads it, and a write waits for a lock taken
  // later: a check of the version before the lock would let two saves of one version both pass.
  // So take the node's write lock first (a property set and removed); reads after it see the latest.
  await tx.run('MATCH (investigation:Investigation {id: $id}) SET investigation.locked = true REMOVE investigation.locked', { id });
  const { investigation, access } = await accessOf(tx, id, viewer.userId);
  if (access !== 'OWNER' && access !== 'EDIT') throw new ForbiddenError(`You may not save over investigation ${id}: ask its owner to share it with you to edit.`);
  if (Number(investigation.version) !== version) {
    throw new ConflictError(
      `Investigation ${id} changed since version ${version}: ${String(investigation.updatedBy ?? 'its owner')} saved version ${String(investigation.version)} at ${String(investigation.updatedAt)}. Reopen it, then save again.`,
    );
  }
  await tx.run(
    `MATCH (investigation:Investigation {id: $id})
     SET investigation += $content, investigation.version = $version + 1, investigation.updatedAt = $now,
         investigation.updatedBy = $userName`,
    { id, version, content, now: new Date().toISOString(), userName: viewer.name },
  );
  await appendAuditEvent(tx, {
    action: 'INVESTIGATION_SAVED',
    actor: { userId: viewer.userId, name: viewer.name },
    subjectKind: 'INVESTIGATION',
    subjectId: id,
    before: snapshot({ ...(investigation as Partial<InvestigationContent>), version: Number(investigation.version) }),
    after: snapshot({ ...content, version: version + 1 }),
    origin,
  });
}

/** Shares (or re-shares with another access) an investigation the viewer owns with the user signing in with `email`. */
export async function shareInvestigation(tx: ManagedTransaction, { viewer, origin }: Actor, id: string, email: string, access: 'READ' | 'EDIT'): Promise<void> {
  await assertOwner(tx, id, viewer);
  const shared = await tx.run(
    `MATCH (investigation:Investigation {id: $id})
     MATCH (user:User {login: $login})
     WHERE user.id <> $ownerId
     OPTIONAL MATCH (user)-[old:CAN_EDIT|CAN_READ]->(investigation)
     DELETE old
     WITH DISTINCT investigation, user
     CALL (investigation, user) {
       WITH investigation, user WHERE $access = 'EDIT' CREATE (user)-[:CAN_EDIT]->(investigation)
       UNION
       WITH investigation, user WHERE $access = 'READ' CREATE (user)-[:CAN_READ]->(investigation)
     }
     RETURN user.id AS userId`,
    { id, login: loginOf(email), ownerId: viewer.userId, access },
  );
  const userId = shared.records[0]?.get('userId') as string | undefined;
  if (!userId) throw new BadInputError(`shareInvestigation: nobody else signs in with "${email}".`);
  await appendAuditEvent(tx, {
    action: 'INVESTIGATION_SHARED',
    actor: { userId: viewer.userId, name: viewer.name },
    subjectKind: 'INVESTIGATION',
    subjectId: id,
    after: { sharedWith: userId, access },
    origin,
  });
}

export async function unshareInvestigation(tx: ManagedTransaction, { viewer, origin }: Actor, id: string, userId: string): Promise<void> {
  await assertOwner(tx, id, viewer);
  const removed = await tx.run(
    `MATCH (:User {id: $userId})-[share:CAN_EDIT|CAN_READ]->(:Investigation {id: $id})
     WITH share, type(share) AS kind DELETE share RETURN kind`,
    { id, userId },
  );
  const kind = removed.records[0]?.get('kind') as string | undefined;
  if (!kind) return;
  await appendAuditEvent(tx, {
    action: 'INVESTIGATION_SHARED',
    actor: { userId: viewer.userId, name: viewer.name },
    subjectKind: 'INVESTIGATION',
    subjectId: id,
    before: { sharedWith: userId, access: kind === 'CAN_EDIT' ? 'EDIT' : 'READ' },
    after: { sharedWith: userId, access: 'NONE' },
    origin,
  });
}

async function assertOwner(tx: ManagedTransaction, id: string, viewer: Viewer): Promise<void> {
  const { access } = await accessOf(tx, id, viewer.userId);
  if (access !== 'OWNER') throw new ForbiddenError(`Only the owner of investigation ${id} may share it.`);
}
