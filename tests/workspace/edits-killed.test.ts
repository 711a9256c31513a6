import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createTestExecutor } from '../support/database.js';
import { expectBurstWhole } from './burst-checks.js';
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

    await expectBurstWhole(executor, `burst ${run}`, proposed, accepted);
  }, 180_000);
});
