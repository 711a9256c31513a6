import { randomUUID } from 'node:crypto';
import { appendFileSync, cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { exportEdits } from '../../seed/export/export-edits.js';
import { readEdits } from '../../seed/export/read-edits.js';
import { seedDatabase } from '../../seed/index.js';
import type { ReferenceImport } from '../../seed/reference/types.js';
import { writeReferenceImport } from '../../seed/reference/write/write-reference.js';
import { DEFAULT_SEED_DIRECTORY, loadDataset } from '../../seed/validation/index.js';
import { createTestExecutor } from '../support/database.js';
import { acceptedEntity, codeOf, createEditsApi, dataOf, registeredSource, testUser } from './edits-api.js';

const executor = createTestExecutor(inject('workspaceNeo4jUri'));
const folders: string[] = [];
afterAll(async () => {
  await executor.close();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});
const api = createEditsApi(executor);

const PROJECT = 'project:terrorism-arms-crime-nexus';
const TEXT = 'Press release. The Harbour Trust will fund the terrorism-arms-crime nexus project from 2025.\u00A0More to follow.';
const QUOTE = 'The Harbour Trust will fund the terrorism-arms-crime nexus project from 2025.';

async function accept(reviewer: ReturnType<typeof testUser>, id: string) {
  dataOf(await api.as(reviewer, 'mutation ($id: ID!) { acceptProposal(id: $id) { status } }', { id }));
}

/** An accepted donor of the curated project, quoted from a registered source, and an actor resting on a note. */
async function acceptedEdits() {
  const editor = testUser('editor');
  const reviewer = testUser('reviewer');
  const source = await registeredSource(api, editor, TEXT);
  const suffix = randomUUID().slice(0, 8);
  const donor = await acceptedEntity(api, editor, reviewer, {
    kind: 'ORGANIZATION', name: `Harbour Trust ${suffix}`, scope: 'NATIONAL', description: 'A trust that funds the project.', evidence: { sourceId: source, quote: 'The Harbour Trust' },
  });
  const noted = await acceptedEntity(api, editor, reviewer, { kind: 'PERSON', name: `Noted Person ${suffix}`, description: 'Known from a meeting.' });
  const proposed = dataOf(
    await api.as<{ proposeRelation: { id: string; subjectId: string } }>(editor, 'mutation ($input: ProposeRelationInput!) { proposeRelation(input: $input) { id subjectId } }', {
      input: { type: 'FUNDS', from: donor, to: PROJECT, startDate: '2025', evidence: { sourceId: source, quote: QUOTE } },
    }),
  ).proposeRelation;
  await accept(reviewer, proposed.id);
  return { editor, reviewer, source, donor, noted, relation: proposed.subjectId };
}

async function snapshot(ids: { source: string; donor: string; relation: string }) {
  const [row] = await executor.read(
    `MATCH (s:Source {id: $source}) MATCH (d:Entity {id: $donor}) MATCH ()-[r:FUNDS {id: $relation}]->()
     RETURN properties(s) AS source, properties(d) AS donor, properties(r) AS relation`,
    ids,
  );
  return row;
}

describe('edits outlive the importers', () => {
  it('a re-import of the curated seed leaves editor-owned entities, relations and sources untouched', async () => {
    const edits = await acceptedEdits();
    const before = await snapshot(edits);
    expect(before).toBeDefined();
    const summary = await seedDatabase(executor);
    expect(summary.removed).toEqual({ sources: 0, entities: 0, relations: 0 });
    expect(await snapshot(edits)).toEqual(before);
  }, 180_000);

  it('a re-import of a reference dataset leaves editor-owned relations untouched, and the entities they touch in the graph', async () => {
    const editor = testUser('editor');
    const reviewer = testUser('reviewer');
    const suffix = randomUUID().slice(0, 8);
    const igo = `org:test-igo-${suffix}`;
    const donor = await acceptedEntity(api, editor, reviewer, { kind: 'ORGANIZATION', name: `Pledging Agency ${suffix}`, scope: 'NATIONAL', description: 'An agency.' });
    await writeReferenceImport(executor, igoData(igo, true));
    const proposed = dataOf(
      await api.as<{ proposeRelation: { id: string; subjectId: string } }>(editor, 'mutation ($input: ProposeRelationInput!) { proposeRelation(input: $input) { id subjectId } }', {
        input: { type: 'SUPPORTS', from: donor, to: igo, evidence: { editorNote: 'Pledge seen in a letter.' } },
      }),
    ).proposeRelation;
    await accept(reviewer, proposed.id);
    const read = () => executor.read('MATCH (a:Entity {id: $donor})-[r:SUPPORTS {id: $id}]->(b:Entity {id: $igo}) RETURN properties(r) AS r, properties(a) AS a, b.datasets AS owners', { donor, igo, id: proposed.subjectId });
    const [before] = await read();
    await writeReferenceImport(executor, igoData(igo, false));
    const [after] = await read();
    expect(after).toBeDefined();
    expect(after!.r).toEqual(before!.r);
    expect(after!.a).toEqual(before!.a);
    // The dataset no longer states the organisation: its claim ended, the node stays for the editors' relation.
    expect(after!.owners).toEqual([]);
  }, 180_000);
});

describe('npm run seed:export-edits', () => {
  it('writes accepted edits as seed files that validate, and importing them claims the same records instead of copying them', async () => {
    const edits = await acceptedEdits();
    const { files, skipped } = exportEdits(await readEdits(executor));
    expect(skipped).toContain(`${edits.noted}: rests on an editor's note alone (a seed record needs a quote)`);
    const stem = edits.source.slice('src:'.length);
    expect([...files.keys()]).toEqual(expect.arrayContaining(['entities/organizations.yaml', 'relations/editors.yaml', `sources/${stem}.txt`, `sources/${stem}.yaml`]));
    expect(files.get(`sources/${stem}.txt`)).toBe(TEXT);
    expect(files.get('relations/editors.yaml')).toContain(`from: ${edits.donor}`);

    const seed = mkdtempSync(join(tmpdir(), 'nexus-seed-'));
    folders.push(seed);
    cpSync(DEFAULT_SEED_DIRECTORY, seed, { recursive: true });
    for (const [path, content] of files) {
      const target = join(seed, path);
      if (existsSync(target)) appendFileSync(target, `\n${content.split('\n').filter((line) => !line.startsWith('#')).join('\n')}`);
      else writeFileSync(target, content);
    }
    const dataset = loadDataset(seed);
    expect(dataset.entities.map((entity) => entity.id)).toContain(edits.donor);
    expect(dataset.relations.map((relation) => relation.id)).toContain(edits.relation);

    await seedDatabase(executor, seed);
    const counts = await executor.read(
      `MATCH (d:Entity {id: $donor}) WITH count(d) AS donors, collect(d.datasets)[0] AS owners
       MATCH ()-[r]->() WHERE r.id = $relation WITH donors, owners, count(r) AS relations, collect(r.dataset)[0] AS relationOwner
       MATCH (s:Source {id: $source}) RETURN donors, owners, relations, relationOwner, count(s) AS sources`,
      edits,
    );
    expect(counts[0]).toEqual({ donors: 1, owners: ['dataset:editors', 'dataset:curated'], relations: 1, relationOwner: 'dataset:curated', sources: 1 });
    // The seed owns them now: editors change them in seed/, through review.
    const refused = await api.as(edits.editor, `mutation { proposePeriodChange(input: {id: "${edits.relation}", version: 1, startDate: "2024", evidence: {editorNote: "x"}}) { id } }`);
    expect(codeOf(refused)).toBe('FORBIDDEN');
    // Put the workspace's database back as the run's setup left it: the curated seed alone claims its own.
    await seedDatabase(executor);
  }, 240_000);
});

function igoData(igo: string, withIgo: boolean): ReferenceImport {
  const FILE = 'example/igo.csv';
  const evidence = [{ file: FILE, line: 2, locator: 'igo.csv:2', quote: 'test,igo' }];
  return {
    dataset: { id: 'dataset:cow-igo', title: 'Example IGOs', publisher: 'Example', version: '1', asOf: '2026-01-01', retrieval: 'test', licence: 'test', attribution: 'test', coverage: 'test', files: [FILE] },
    entityProperties: ['igoCode'],
    entities: withIgo ? [{ id: igo, kind: 'Organization', name: 'Test IGO', names: [], properties: { igoCode: 'TEST' }, evidence }] : [],
    relations: [],
    unresolved: [],
  };
}
