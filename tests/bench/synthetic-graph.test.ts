import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openScaleDatabase, type ScaleDatabase } from '../../bench/scale/scale-database.js';
import { readMarker, sameBuild } from '../../bench/scale/synthetic-graph.js';
import { SYNTHETIC_FILE, SyntheticGraph, supernodeId, syntheticGraphOptions } from '../../bench/scale/synthetic-records.js';
import { ENTITY_KINDS, RELATION_TYPE_DEFINITIONS, isRelationType, type EntityKind } from '../../model/data-model.js';
import { loadDataset } from '../../seed/validation/index.js';

// The generator writes into its own Neo4j (never the run's shared one, whose curated graph other
// files count exactly), at a tiny size: 3 supernodes of 400 relations among 3,000.
const home = join(process.cwd(), '.neo4j', 'test-runs', `synthetic-graph-${process.pid}`);
const options = syntheticGraphOptions({ entities: 400, relations: 3_000, supernodeDegree: 400, seed: 7 });
const memory = { heap: '512m', pageCacheMiB: 64 };
const curated = loadDataset();
let database: ScaleDatabase;

beforeAll(async () => {
  database = await openScaleDatabase({ home, graph: options, memory });
}, 240_000);

afterAll(async () => {
  await database?.stop();
  rmSync(home, { recursive: true, force: true });
});

describe('the synthetic graph generator', () => {
  it('gives the same graph for the same seed, and another for another seed', () => {
    const first = (seed: number) => {
      const graph = new SyntheticGraph({ ...options, seed });
      return { entities: graph.entityBatches(50).next().value, relations: graph.relationBatches(50).next().value };
    };
    expect(first(7)).toEqual(first(7));
    expect(first(8)).not.toEqual(first(7));
  });

  it('builds the requested number of entities, relations and sources beside the curated seed', async () => {
    const [counts] = await database.executor.read(
      `CALL () { MATCH (entity:Entity) RETURN count(entity) AS entities,
                   count(CASE WHEN entity.seedFile = $synthetic THEN 1 END) AS syntheticEntities }
       CALL () { MATCH (:Entity)-[relation]->(:Entity) RETURN count(relation) AS relations,
                   count(CASE WHEN relation.seedFile = $synthetic THEN 1 END) AS syntheticRelations }
       CALL () { MATCH (source:Source) RETURN count(source) AS sources }
       RETURN entities, syntheticEntities, relations, syntheticRelations, sources`,
      { synthetic: SYNTHETIC_FILE },
    );
    const graph = new SyntheticGraph(options);
    expect(counts).toEqual({
      entities: 400 + curated.entities.length,
      syntheticEntities: 400,
      relations: 3_000 + curated.relations.length,
      syntheticRelations: 3_000,
      sources: graph.sourceCount + curated.sources.length,
    });
  });

  it('gives each supernode exactly its degree, far above the busiest ordinary entity', async () => {
    const hubs = await database.executor.read(
      'UNWIND $ids AS id MATCH (hub:Entity {id: id}) RETURN hub.kind AS kind, COUNT { (hub)--() } AS degree ORDER BY kind',
      { ids: ['Project', 'State', 'Organization'].map((kind) => supernodeId(kind as EntityKind)) },
    );
    expect(hubs).toEqual([
      { kind: 'Organization', degree: 400 },
      { kind: 'Project', degree: 400 },
      { kind: 'State', degree: 400 },
    ]);
    const [ordinary] = await database.executor.read(
      `MATCH (entity:Entity) WHERE entity.seedFile = $synthetic AND NOT entity.id IN $hubs
       WITH COUNT { (entity)--() } AS degree ORDER BY degree
       WITH collect(degree) AS degrees
       RETURN degrees[size(degrees) / 2] AS median, degrees[-1] AS busiest`,
      { synthetic: SYNTHETIC_FILE, hubs: new SyntheticGraph(options).supernodeIds },
    );
    // Power-law degrees: a few busy entities, most with a handful of relations.
    expect(ordinary!.busiest as number).toBeGreaterThan(8 * (ordinary!.median as number));
    expect(ordinary!.busiest as number).toBeLessThan(400);
  });

  it('writes entities as the seed does: Entity and kind labels, aliasText, evidence lists', async () => {
    const rows = await database.executor.read(
      `MATCH (entity:Entity) WHERE entity.seedFile = $synthetic
       RETURN labels(entity) AS labels, entity.kind AS kind, entity.id AS id, entity.aliases AS aliases,
         entity.aliasText AS aliasText, size(entity.evidenceSources) AS sources, size(entity.evidenceQuotes) AS quotes,
         entity.contentHash IS NOT NULL AS hashed, entity.name AS name`,
      { synthetic: SYNTHETIC_FILE },
    );
    const misfits = rows.filter((row) => {
      const kind = row.kind as EntityKind;
      const labels = [...(row.labels as string[])].sort();
      return (
        !ENTITY_KINDS.includes(kind) ||
        JSON.stringify(labels) !== JSON.stringify(['Entity', kind].sort()) ||
        !(row.id as string).startsWith(curated.entities.find((entity) => entity.kind === kind)!.id.split(':')[0]! + ':') ||
        (kind === 'State' && !/^state:[A-Z]{3}$/.test(row.id as string)) ||
        row.aliasText !== (row.aliases as string[]).join(' | ') ||
        (row.sources as number) < 1 ||
        row.sources !== row.quotes ||
        row.hashed !== true ||
        (row.name as string).length === 0
      );
    });
    expect(rows).toHaveLength(400);
    expect(misfits).toEqual([]);
  });

  it('joins only the kinds each relation type allows, with the seed\'s relation ids', async () => {
    const rows = await database.executor.read(
      `MATCH (from:Entity)-[relation]->(to:Entity) WHERE relation.seedFile = $synthetic
       RETURN type(relation) AS type, from.kind AS fromKind, to.kind AS toKind, relation.id AS id,
         from.id AS fromId, to.id AS toId, size(relation.evidenceSources) AS sources`,
      { synthetic: SYNTHETIC_FILE },
    );
    const misfits = rows.filter((row) => {
      const type = row.type as string;
      if (!isRelationType(type)) return true;
      const definition = RELATION_TYPE_DEFINITIONS[type];
      return (
        !definition.from.includes(row.fromKind as EntityKind) ||
        !definition.to.includes(row.toKind as EntityKind) ||
        row.id !== `${type}:${row.fromId as string}->${row.toId as string}` ||
        row.fromId === row.toId ||
        (row.sources as number) < 1
      );
    });
    expect(rows).toHaveLength(3_000);
    expect(misfits).toEqual([]);
    expect(new Set(rows.map((row) => row.id)).size).toBe(3_000);
  });

  it('leaves the curated graph whole (the seed import runs before the synthetic graph)', async () => {
    const [row] = await database.executor.read(
      'MATCH (entity:Entity) WHERE entity.id IN $ids RETURN count(entity) AS found',
      { ids: curated.entities.map((entity) => entity.id) },
    );
    expect(row!.found).toBe(curated.entities.length);
  });

  it('recognises a built database of the same options, and only those, for reuse', async () => {
    const marker = await readMarker(database.executor);
    expect(sameBuild(marker, options)).toBe(true);
    expect(sameBuild(marker, { ...options, relations: 3_001 })).toBe(false);
    expect(sameBuild(marker, { ...options, seed: 8 })).toBe(false);
  });
});
