import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startLocalNeo4j, type LocalNeo4j } from '../../neo4j-local/local-neo4j.js';
import { seedDatabase } from '../../seed/index.js';
import type { Executor } from '../../server/database/executor.js';
import { createTestExecutor } from '../support/database.js';
import { expectBurstWhole } from './burst-checks.js';
import { freePort } from '../support/ports.js';
import { acceptedEntity, createEditsApi, testUser } from './edits-api.js';

/**
 * kill -9 of Neo4j itself during a burst of proposals and acceptances, against a Neo4j of this
 * file's own (killing the shared one would fail every other file): once it is started again on
 * the same store, every change the API acknowledged is there, whole (proposal, its relation,
 * its audit events), nothing is half done, the audit chain has no gap, and the queue's kept
 * counts match the proposals.
 */

const home = join(process.cwd(), '.neo4j', 'test-runs', `killed-${process.pid}-${Date.now()}`);
let neo4j: LocalNeo4j | undefined;
const executors: Executor[] = [];
afterAll(async () => {
  await Promise.all(executors.map((executor) => executor.close()));
  await neo4j?.stop();
  rmSync(home, { recursive: true, force: true });
});

const PROJECT = 'project:terrorism-arms-crime-nexus';

describe('kill -9 of Neo4j during a burst of edits', () => {
  it('keeps every acknowledged change, whole, and no half change, once Neo4j is started again', async () => {
    const port = await freePort();
    neo4j = await startLocalNeo4j({ home, port, pageCacheMiB: 64 });
    const before = createTestExecutor(neo4j.uri);
    executors.push(before);
    await seedDatabase(before);
    const api = createEditsApi(before);
    const editor = testUser('editor');
    const reviewer = testUser('reviewer');
    const run = randomUUID().slice(0, 8);
    const actors: string[] = [];
    for (let index = 0; index < 4; index += 1) {
      actors.push(await acceptedEntity(api, editor, reviewer, { kind: 'ORGANIZATION', name: `Outage ${run} ${index}`, scope: 'NATIONAL', description: 'A writer of the burst.' }));
    }

    const proposed = new Set<string>();
    const accepted = new Set<string>();
    let acknowledged = 0;
    let refusedWhileDown = 0;
    const types = ['COLLABORATES_ON', 'BENEFITS_FROM', 'FUNDS', 'SUPPORTS'];
    const writer = async (actor: string) => {
      for (const type of types) {
        const proposal = await api.as<{ proposeRelation: { id: string } }>(editor, 'mutation ($input: ProposeRelationInput!) { proposeRelation(input: $input) { id } }', {
          input: { type, from: actor, to: PROJECT, evidence: { editorNote: `outage ${run}` } },
        });
        const id = proposal.data?.proposeRelation?.id;
        if (!id) {
          refusedWhileDown += 1;
          continue;
        }
        proposed.add(id);
        acknowledged += 1;
        const acceptance = await api.as<{ acceptProposal: { status: string } }>(reviewer, 'mutation ($id: ID!) { acceptProposal(id: $id) { status } }', { id });
        if (acceptance.data?.acceptProposal?.status === 'ACCEPTED') accepted.add(id);
        else refusedWhileDown += 1;
        acknowledged += 1;
      }
    };
    const burst = Promise.all(actors.map(writer));
    await expect.poll(() => acknowledged, { timeout: 60_000, interval: 5 }).toBeGreaterThanOrEqual(6);
    process.kill(neo4j.pid, 'SIGKILL');
    await neo4j.exited;
    await burst;
    // The writers went on while it was down: what they sent then was refused, not acknowledged.
    expect(refusedWhileDown).toBeGreaterThan(0);
    expect(accepted.size).toBeGreaterThan(0);

    // Started again on the same store: Neo4j recovers its transaction log.
    neo4j = await startLocalNeo4j({ home, port, pageCacheMiB: 64 });
    const after = createTestExecutor(neo4j.uri);
    executors.push(after);
    await expectBurstWhole(after, `outage ${run}`, proposed, accepted);
    const counts = await after.read(
      `MATCH (counter:ProposalCount)
       RETURN counter.status AS status, counter.count AS kept, COUNT { MATCH (p:Proposal) WHERE p.status = counter.status } AS actual`,
    );
    for (const { status, kept, actual } of counts) expect({ status, kept }).toEqual({ status, kept: actual });

    // And the API works again on the recovered database, by itself.
    const again = createEditsApi(after);
    const retry = await again.as(editor, 'mutation ($input: ProposeRelationInput!) { proposeRelation(input: $input) { status } }', {
      input: { type: 'FUNDS', from: actors[0], to: PROJECT, evidence: { editorNote: `after the outage ${run}` } },
    });
    expect(retry.errors).toBeUndefined();
  }, 300_000);
});
