import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { storedAuditEvent, verifyAuditChain } from '../../server/audit/audit-log.js';
import { createTestExecutor } from '../support/database.js';
import { acceptedEntity, createEditsApi, testUser, type GraphqlAnswer } from './edits-api.js';

const uri = inject('workspaceNeo4jUri');
const executor = createTestExecutor(uri);
const api = createEditsApi(executor);
let child: ChildProcess | undefined;
afterAll(async () => {
  child?.kill('SIGKILL');
  await executor.close();
});

const PROJECT = 'project:terrorism-arms-crime-nexus';

function startChild(): Promise<{ url: string; process: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const started = spawn(process.execPath, ['--import', 'tsx', 'tests/workspace/edits-api-child.ts'], {
      env: { ...process.env, NEO4J_URI: uri },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    started.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((each) => each.startsWith('{'));
      if (line) resolve({ url: (JSON.parse(line) as { url: string }).url, process: started });
    });
    started.on('error', reject);
    started.on('exit', (code) => reject(new Error(`the API child exited (${code}) before listening: ${output}`)));
  });
}

async function post(url: string, user: object, query: string, variables: object): Promise<GraphqlAnswer> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-test-viewer': JSON.stringify(user) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphqlAnswer;
}

describe('kill -9 of the API during a burst of edits', () => {
  it('loses no acknowledged change and leaves no half change', async () => {
    const editor = testUser('editor');
    const reviewer = testUser('reviewer');
    const run = randomUUID().slice(0, 8);
    // Actors of this test's own, one per writer, so each writer's relations are its own.
    const actors: string[] = [];
    for (let index = 0; index < 4; index += 1) {
      actors.push(await acceptedEntity(api, editor, reviewer, { kind: 'ORGANIZATION', name: `Burst ${run} ${index}`, scope: 'NATIONAL', description: 'A writer of the burst.' }));
    }
    const { url, process: running } = await startChild();
    child = running;
    const proposed = new Set<string>();
    const accepted = new Set<string>();
    let acknowledged = 0;
    let killed = false;
    const types = ['COLLABORATES_ON', 'BENEFITS_FROM', 'FUNDS', 'SUPPORTS'];
    const writer = async (actor: string) => {
      for (const type of types) {
        if (killed) return;
        try {
          const proposal = await post(url, editor, 'mutation ($input: ProposeRelationInput!) { proposeRelation(input: $input) { id } }', {
            input: { type, from: actor, to: PROJECT, evidence: { editorNote: `burst ${run}` } },
          });
          const id = proposal.data?.proposeRelation?.id as string | undefined;
          if (!id) continue;
          proposed.add(id);
          acknowledged += 1;
          const acceptance = await post(url, reviewer, 'mutation ($id: ID!) { acceptProposal(id: $id) { status } }', { id });
          if (acceptance.data?.acceptProposal?.status === 'ACCEPTED') accepted.add(id);
          acknowledged += 1;
        } catch {
          return; // The connection died with the process: this request was never acknowledged.
        }
      }
    };
    const burst = Promise.all(actors.map(writer));
    await expect.poll(() => acknowledged, { timeout: 60_000, interval: 5 }).toBeGreaterThanOrEqual(6);
    running.kill('SIGKILL');
    killed = true;
    await burst;
    expect(accepted.size).toBeGreaterThan(0);

    // The database notices the dropped connections and rolls their open transactions back.
    const settle = () => executor.read('MATCH (p:Proposal) WHERE p.editorNote = $note RETURN count(p) AS n', { note: `burst ${run}` });
    await expect.poll(async () => (await settle())[0]!.n, { timeout: 30_000, interval: 500 }).toBeGreaterThanOrEqual(proposed.size);

    const proposals = await executor.read(
      `MATCH (p:Proposal) WHERE p.editorNote = $note
       OPTIONAL MATCH (:Entity)-[r {id: p.subjectId}]->(:Entity)
       RETURN p.id AS id, p.status AS status, p.subjectId AS subjectId, count(r) AS relations,
              COUNT { MATCH (e:AuditEvent {subjectId: p.id, action: 'PROPOSAL_CREATED'}) } AS created,
              COUNT { MATCH (e:AuditEvent {subjectId: p.id, action: 'PROPOSAL_ACCEPTED'}) } AS acceptedEvents,
              COUNT { MATCH (e:AuditEvent {subjectId: p.subjectId, action: 'RECORD_CREATED'}) } AS applied`,
      { note: `burst ${run}` },
    );
    const byId = new Map(proposals.map((row) => [row.id as string, row]));
    // No acknowledged change is lost.
    for (const id of proposed) expect(byId.get(id), id).toMatchObject({ created: 1 });
    for (const id of accepted) expect(byId.get(id), id).toMatchObject({ status: 'ACCEPTED', relations: 1, acceptedEvents: 1, applied: 1 });
    // No half change: every proposal has its event; an accepted one its relation and both events; a waiting one neither.
    for (const row of proposals) {
      expect(row.created, String(row.id)).toBe(1);
      if (row.status === 'ACCEPTED') expect(row, String(row.id)).toMatchObject({ relations: 1, acceptedEvents: 1, applied: 1 });
      else expect(row, String(row.id)).toMatchObject({ status: 'PROPOSED', relations: 0, acceptedEvents: 0, applied: 0 });
    }
    // And the audit chain has no gap or fork.
    const events = await executor.read('MATCH (e:AuditEvent) RETURN properties(e) AS e ORDER BY e.sequence');
    expect(verifyAuditChain(events.map((row) => storedAuditEvent(row.e as Record<string, unknown>)))).toBeNull();
  }, 180_000);
});
