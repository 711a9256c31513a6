import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../server/database/executor.js';
import { isNoOp, seedDatabase } from '../../seed/index.js';
import { loadDataset, SeedValidationError } from '../../seed/validation/index.js';
import { createTestExecutor, graphCounts } from '../support/database.js';

let executor: Executor;

beforeAll(() => {
  executor = createTestExecutor();
});

afterAll(async () => {
  await executor.close();
});

async function relationExists(from: string, type: string, to: string): Promise<boolean> {
  // The type is matched as data here (not spliced), so the test needs no whitelist.
  const rows = await executor.read(
    'MATCH (a:Entity {id: $from})-[r]->(b:Entity {id: $to}) WHERE type(r) = $type RETURN count(r) AS count',
    { from, to, type },
  );
  return (rows[0]!.count as number) > 0;
}

describe('the seeded graph in Neo4j', () => {
  it('holds every entity and relation of the seed files, by kind and by type', async () => {
    const dataset = loadDataset();
    const counts = await graphCounts(executor);
    const expectedKinds: Record<string, number> = {};
    for (const entity of dataset.entities) expectedKinds[entity.kind] = (expectedKinds[entity.kind] ?? 0) + 1;
    const expectedTypes: Record<string, number> = {};
    for (const relation of dataset.relations) expectedTypes[relation.type] = (expectedTypes[relation.type] ?? 0) + 1;
    for (const [kind, count] of Object.entries(expectedKinds)) expect(counts.nodes[kind], kind).toBe(count);
    expect(counts.nodes.Source).toBe(dataset.sources.length);
    expect(counts.relations).toEqual(expectedTypes);
  });

  it('links the project to its implementers, donors and beneficiaries', async () => {
    const project = 'project:terrorism-arms-crime-nexus';
    expect(await relationExists('org:uncct', 'IMPLEMENTS', project)).toBe(true);
    expect(await relationExists('org:unodc', 'IMPLEMENTS', project)).toBe(true);
    expect(await relationExists('state:SAU', 'FUNDS', project)).toBe(true);
    expect(await relationExists('state:RUS', 'FUNDS', project)).toBe(true);
    expect(await relationExists('state:KAZ', 'BENEFITS_FROM', project)).toBe(true);
    expect(await relationExists('org:uncct', 'PART_OF', 'org:unoct')).toBe(true);
  });

  it('stores the evidence of a relation as quotes that appear in their sources', async () => {
    const rows = await executor.read(
      `MATCH (:Entity {id: 'state:SAU'})-[r:FUNDS]->(:Entity {id: 'project:terrorism-arms-crime-nexus'})
       UNWIND range(0, size(r.evidenceSources) - 1) AS index
       MATCH (source:Source {id: r.evidenceSources[index]})
       RETURN r.evidenceQuotes[index] AS quote, source.text AS text`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.text as string).toContain(row.quote as string);
  });

  it('changes nothing when the same files are seeded again', async () => {
    const before = await graphCounts(executor);
    const summary = await seedDatabase(executor);
    expect(isNoOp(summary)).toBe(true);
    expect(Object.values(summary.entities).reduce((total, counts) => total + counts.unchanged, 0)).toBe(loadDataset().entities.length);
    expect(await graphCounts(executor)).toEqual(before);
  });
});

describe('a malformed seed is refused and the database is left as it was', () => {
  let brokenSeed: string;

  beforeAll(() => {
    brokenSeed = mkdtempSync(join(tmpdir(), 'nexus-seed-'));
    cpSync('seed', brokenSeed, { recursive: true });
  });

  afterAll(() => rmSync(brokenSeed, { recursive: true, force: true }));

  it('names the file, the record and the reason for a dangling reference', async () => {
    const file = join(brokenSeed, 'relations', 'project-roles.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('from: state:SAU', 'from: state:XXX'));
    const before = await graphCounts(executor);
    const failure = await seedDatabase(executor, brokenSeed).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SeedValidationError);
    const issue = (failure as SeedValidationError).issues.find((found) => found.reason.includes('state:XXX'));
    expect(issue?.file).toContain('project-roles.yaml');
    expect(issue?.record).toMatch(/state:XXX/);
    expect(await graphCounts(executor)).toEqual(before);
  });
});
