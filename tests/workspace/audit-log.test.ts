import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { appendAuditEvent, storedAuditEvent, verifyAuditChain, type AuditEventInput } from '../../server/audit/audit-log.js';
import { createTestExecutor } from '../support/database.js';

const executor = createTestExecutor(inject('workspaceNeo4jUri'));
afterAll(() => executor.close());

function event(subjectId: string, reason: string): AuditEventInput {
  return {
    action: 'RECORD_UPDATED',
    actor: { userId: 'user:test-audit', name: 'Audit Test' },
    subjectKind: 'RELATION',
    subjectId,
    before: { startDate: '2019' },
    after: { startDate: '2020' },
    reason,
    origin: { requestId: 'req-1', address: '127.0.0.1' },
  };
}

async function eventsAbout(subjectId: string) {
  const rows = await executor.read('MATCH (e:AuditEvent {subjectId: $subjectId}) RETURN properties(e) AS e ORDER BY e.sequence', { subjectId });
  return rows.map((row) => storedAuditEvent(row.e as Record<string, unknown>));
}

/** Every event from the first of `subjectId`'s to its last, whoever they are about: one stretch of the chain. */
async function chainAround(subjectId: string) {
  const rows = await executor.read(
    `MATCH (e:AuditEvent {subjectId: $subjectId}) WITH min(e.sequence) AS first, max(e.sequence) AS last
     MATCH (other:AuditEvent) WHERE other.sequence >= first AND other.sequence <= last
     RETURN properties(other) AS e ORDER BY other.sequence`,
    { subjectId },
  );
  return rows.map((row) => storedAuditEvent(row.e as Record<string, unknown>));
}

describe('the audit trail (server/audit/audit-log.ts) on a real Neo4j', () => {
  it('chains concurrent appends: one sequence without gaps or forks, each event hashing its predecessor', async () => {
    const subject = `rel:audit-${randomUUID()}`;
    await Promise.all(
      Array.from({ length: 12 }, (_, index) => executor.writeTransaction((tx) => appendAuditEvent(tx, event(subject, `change ${index}`)))),
    );
    const mine = await eventsAbout(subject);
    expect(mine).toHaveLength(12);
    expect(new Set(mine.map((item) => item.reason))).toEqual(new Set(Array.from({ length: 12 }, (_, index) => `change ${index}`)));
    const stretch = await chainAround(subject);
    const before = await executor.read('MATCH (e:AuditEvent {sequence: $sequence}) RETURN e.hash AS hash', { sequence: stretch[0]!.sequence - 1 });
    expect(verifyAuditChain(stretch, (before[0]?.hash as string | undefined) ?? '')).toBeNull();
  });

  it('tells an altered event, a removed one and a reordered one from an intact chain', async () => {
    const subject = `rel:audit-${randomUUID()}`;
    for (const reason of ['one', 'two', 'three']) await executor.writeTransaction((tx) => appendAuditEvent(tx, event(subject, reason)));
    const stretch = await chainAround(subject);
    const previous = stretch[0]!.previousHash;
    expect(verifyAuditChain(stretch, previous)).toBeNull();
    const altered = stretch.map((item, index) => (index === 1 ? { ...item, reason: 'rewritten' } : item));
    expect(verifyAuditChain(altered, previous)).toMatch(/was altered/);
    expect(verifyAuditChain([stretch[0]!, ...stretch.slice(2)], previous)).toMatch(/missing/);
  });

  it('commits an event with the change it records, or neither', async () => {
    const subject = `rel:audit-${randomUUID()}`;
    await expect(
      executor.writeTransaction(async (tx) => {
        await appendAuditEvent(tx, event(subject, 'never committed'));
        throw new Error('the change failed after its event was written');
      }),
    ).rejects.toThrow();
    expect(await eventsAbout(subject)).toEqual([]);
  });
});
