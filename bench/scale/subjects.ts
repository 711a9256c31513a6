import type { Executor } from '../../server/database/executor.js';
import type { Subject, SubjectIds } from './contract-cases.js';
import { SYNTHETIC_FILE, SyntheticGraph, sourceId, supernodeId, type SyntheticGraphOptions } from './synthetic-records.js';

const CURATED_PROJECT = 'project:terrorism-arms-crime-nexus';

/** The curated subjects: the project hub, Kazakhstan, UNODC, Ghada Waly; known to the seed. */
const CURATED: SubjectIds = {
  project: CURATED_PROJECT,
  state: 'state:SAU',
  organization: 'org:unodc',
  person: 'person:ghada-waly',
  relation: `FUNDS:state:SAU->${CURATED_PROJECT}`,
  citingEntity: 'org:unodc',
  keystrokes: ['K', 'Ka', 'Kaz', 'Kaza', 'Kazak'],
  pathsTo: 'state:SAU',
};

/** Prefixes of a word as typed: 1, 2, 3… letters up to the whole word (at most 6 keystrokes). */
function keystrokes(word: string): string[] {
  return Array.from({ length: Math.min(word.length, 6) }, (_, index) => word.slice(0, index + 1));
}

/** The synthetic entity of `kind` whose degree is the median of its kind (ties by id). */
async function medianEntity(executor: Executor, kind: string, exclude: string[]): Promise<string> {
  const [row] = await executor.read(
    `MATCH (entity:Entity) WHERE entity.kind = $kind AND entity.seedFile = $synthetic AND NOT entity.id IN $exclude
     WITH entity.id AS id, COUNT { (entity)--() } AS degree ORDER BY degree, id
     WITH collect(id) AS ids RETURN ids[size(ids) / 2] AS id`,
    { kind, synthetic: SYNTHETIC_FILE, exclude },
  );
  return row!.id as string;
}

async function entityCiting(executor: Executor, source: string): Promise<string> {
  const [row] = await executor.read('MATCH (entity:Entity) WHERE entity.evidenceSources = [$source] RETURN entity.id AS id LIMIT 1', { source });
  return row!.id as string;
}

/**
 * Picks the subjects on the scale database: ordinary ones of median degree, and the supernodes
 * (`project:syn-hub`, `state:XZZ`, `org:syn-hub`, the most cited source `src:syn-0000`).
 */
export async function chooseSubjects(executor: Executor, options: SyntheticGraphOptions): Promise<Record<Subject, SubjectIds>> {
  const graph = new SyntheticGraph(options);
  const hubs = graph.supernodeIds;
  const [project, state, organization, person] = await Promise.all(
    ['Project', 'State', 'Organization', 'Person'].map((kind) => medianEntity(executor, kind, hubs)),
  );
  const [relation] = await executor.read('MATCH (:Entity {id: $id})-[relation]-(:Entity) RETURN relation.id AS id ORDER BY id LIMIT 1', { id: project });
  const [hubRelation] = await executor.read('MATCH (:Entity {id: $id})-[relation]-(:Entity) RETURN relation.id AS id ORDER BY id LIMIT 1', {
    id: supernodeId('Project'),
  });
  const [rareName] = await executor.read('MATCH (entity:Entity {id: $id}) RETURN entity.name AS name', { id: organization });
  return {
    curated: CURATED,
    ordinary: {
      project: project!,
      state: state!,
      organization: organization!,
      person: person!,
      relation: relation!.id as string,
      citingEntity: await entityCiting(executor, sourceId(Math.floor(graph.sourceCount / 2))),
      keystrokes: keystrokes((rareName!.name as string).split(' ')[0]!),
      pathsTo: state!,
    },
    supernode: {
      project: supernodeId('Project'),
      state: supernodeId('State'),
      organization: supernodeId('Organization'),
      person: supernodeId('Organization'),
      relation: hubRelation!.id as string,
      citingEntity: await entityCiting(executor, sourceId(0)),
      keystrokes: keystrokes(graph.commonestWord),
      pathsTo: supernodeId('State'),
    },
  };
}
