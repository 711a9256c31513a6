import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../server/database/executor.js';
import { importReferenceData, referenceDataDir } from '../../seed/reference/index.js';
import { createTestExecutor } from '../support/database.js';
import { startPrivateNeo4j } from '../support/private-neo4j.js';

/**
 * An import killed midway (kill -9 of `npm run import:reference` while it writes) leaves its
 * dataset exactly as it was, and the other datasets untouched; the next run completes.
 */
let neo4j: Awaited<ReturnType<typeof startPrivateNeo4j>>;
let executor: Executor;

beforeAll(async () => {
  neo4j = await startPrivateNeo4j();
  executor = createTestExecutor(neo4j.uri);
  await importReferenceData(executor, referenceDataDir(), { only: ['dataset:country-codes'] });
}, 240_000);

afterAll(async () => {
  await executor?.close();
  await neo4j?.stop();
});

async function snapshot() {
  const [graph] = await executor.read(
    `MATCH (n) WITH count(n) AS nodes, collect(n.id)[..0] AS none
     MATCH ()-[r]->() RETURN nodes, count(r) AS relations`,
  );
  const [kazakhstan] = await executor.read("MATCH (n:Entity {id: 'state:KAZ'}) RETURN n.datasets AS datasets, n.aliasText AS aliases");
  const datasets = await executor.read('MATCH (d:Dataset) RETURN d.id AS id ORDER BY id');
  return { graph, kazakhstan, datasets };
}

/** Runs the importer for one dataset and SIGKILLs it once it reports its first written batch. */
function importAndKill(dataset: string): Promise<{ killedAfter: string; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'seed/reference/cli.ts', '--only', dataset], {
      env: { ...process.env, NEO4J_URI: neo4j.uri, IMPORT_PROGRESS: 'lines' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let killedAfter = '';
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => {
      const line = chunk.toString().split('\n').find((each) => /^progress \S+ [1-9]\d*\//.test(each));
      if (line && !killedAfter) {
        killedAfter = line;
        child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => (killedAfter ? resolve({ killedAfter, signal }) : reject(new Error(`never killed; output: ${output}`))));
  });
}

describe('an import killed midway', () => {
  it('leaves the dataset as it was, and the next run completes', async () => {
    const before = await snapshot();
    const { killedAfter, signal } = await importAndKill('un-sc-consolidated');
    expect(signal).toBe('SIGKILL');
    expect(killedAfter).toMatch(/^progress dataset:un-sc-consolidated [1-9]/);
    // The server notices the dropped connection and rolls the open transaction back.
    await expect.poll(() => snapshot(), { timeout: 30_000, interval: 500 }).toEqual(before);
    expect(await executor.read("MATCH ()-[r:LISTED_UNDER]->() RETURN count(r) AS c")).toEqual([{ c: 0 }]);

    const [result] = await importReferenceData(executor, referenceDataDir(), { only: ['dataset:un-sc-consolidated'] });
    expect(result!.summary.relations.LISTED_UNDER?.created).toBeGreaterThan(1_000);
  }, 240_000);
});
