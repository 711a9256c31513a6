import { expect } from 'vitest';
import { storedAuditEvent, verifyAuditChain } from '../../server/audit/audit-log.js';
import type { Executor } from '../../server/database/executor.js';

/**
 * After a crash during a burst of proposals (each with the editor's note `note`) and acceptances:
 * no acknowledged change is lost (`proposed`, `accepted`: what the API answered with data), none
 * is half done (a proposal has its event; an accepted one its relation and both events; a waiting
 * one neither), and the audit chain has no gap or fork.
 */
export async function expectBurstWhole(executor: Executor, note: string, proposed: ReadonlySet<string>, accepted: ReadonlySet<string>): Promise<void> {
  const proposals = await executor.read(
    `MATCH (p:Proposal) WHERE p.editorNote = $note
     OPTIONAL MATCH (:Entity)-[r {id: p.subjectId}]->(:Entity)
     RETURN p.id AS id, p.status AS status, p.subjectId AS subjectId, count(r) AS relations,
            COUNT { MATCH (e:AuditEvent {subjectId: p.id, action: 'PROPOSAL_CREATED'}) } AS created,
            COUNT { MATCH (e:AuditEvent {subjectId: p.id, action: 'PROPOSAL_ACCEPTED'}) } AS acceptedEvents,
            COUNT { MATCH (e:AuditEvent {subjectId: p.subjectId, action: 'RECORD_CREATED'}) } AS applied`,
    { note },
  );
  const byId = new Map(proposals.map((row) => [row.id as string, row]));
  for (const id of proposed) expect(byId.get(id), id).toMatchObject({ created: 1 });
  for (const id of accepted) expect(byId.get(id), id).toMatchObject({ status: 'ACCEPTED', relations: 1, acceptedEvents: 1, applied: 1 });
  for (const row of proposals) {
    expect(row.created, String(row.id)).toBe(1);
    if (row.status === 'ACCEPTED') expect(row, String(row.id)).toMatchObject({ relations: 1, acceptedEvents: 1, applied: 1 });
    else expect(row, String(row.id)).toMatchObject({ status: 'PROPOSED', relations: 0, acceptedEvents: 0, applied: 0 });
  }
  const events = await executor.read('MATCH (e:AuditEvent) RETURN properties(e) AS e ORDER BY e.sequence');
  expect(verifyAuditChain(events.map((row) => storedAuditEvent(row.e as Record<string, unknown>)))).toBeNull();
}
