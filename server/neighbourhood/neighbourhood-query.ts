import { expandForEach, readQuery } from '../../cypher/index.js';
import { DATASET_RELATION_TYPES, RELATION_TYPES, type DatasetId } from '../../model/data-model.js';

/** The depths a query text exists for; `depth` picks one, it is never spliced into Cypher. */
export const NEIGHBOURHOOD_DEPTHS = [1, 2, 3] as const;

const OUTLINE = expandForEach(readQuery('neighbourhood'), 'RELATION_TYPE', RELATION_TYPES);

/** The hop with its STEPS and DEGREE parts taken from a steps file (see neighbourhood-hop.cypher). */
function hopWith(stepsFile: string): string {
  const steps = expandForEach(readQuery(stepsFile), 'RELATION_TYPE', RELATION_TYPES);
  const part = (name: string) => steps.split(/^\/\/ (?:STEPS|DEGREE)$/m)[name === 'STEPS' ? 1 : 2]!.trimEnd();
  return readQuery('neighbourhood-hop')
    .replace(/^ *\/\/ STEPS:.*$/m, part('STEPS'))
    .replace(/^ *\/\/ DEGREE:.*$/m, part('DEGREE'));
}

/**
 * neighbourhood.cypher with one copy of the hop per depth: the walk takes exactly `depth` hops.
 * Two texts per depth: the walk of every relation, and the walk of some types (`typed`), whose
 * branch per type costs Neo4j more to plan, so the unfiltered walk (the explorer's) never pays it.
 */
const QUERIES = new Map<string, string>(
  [false, true].flatMap((typed) => {
    const hop = hopWith(typed ? 'neighbourhood-steps-typed' : 'neighbourhood-steps');
    return NEIGHBOURHOOD_DEPTHS.map((depth) => [`${depth}:${typed}`, OUTLINE.replace(/^\/\/ HOPS$/m, Array(depth).fill(hop).join('\n'))] as const);
  }),
);

export function neighbourhoodQuery(depth: number, typed = false): string {
  const query = QUERIES.get(`${depth}:${typed}`);
  if (!query) throw new Error(`No neighbourhood query for depth ${depth}.`);
  return query;
}

/**
 * Bounds of one hop, whatever the degrees met: relations examined, and new entities kept (all
 * that the limit can use; with a kind filter the walk also needs the entities it passes through).
 */
export const SCAN_PER_HOP = 5_000;
/** Above this many relations an entity is a supernode: its relations to the others are looked up by id. */
export const DENSE_DEGREE = 250;

export function hopBounds(limit: number, kinds: readonly string[] | null): { scanPerHop: number; reachPerHop: number; denseDegree: number } {
  return { scanPerHop: SCAN_PER_HOP, reachPerHop: kinds === null ? limit : SCAN_PER_HOP, denseDegree: DENSE_DEGREE };
}

/**
 * The relation types a walk reads: those asked for, narrowed to those the asked-for datasets
 * state; null when neither narrows it (every type, read as one expansion). An empty list walks
 * nothing: no relation can pass both filters.
 */
export function walkTypes(types: readonly string[] | null, datasets: readonly string[] | null): string[] | null {
  const stated = datasets === null ? null : new Set<string>(datasets.flatMap((dataset) => DATASET_RELATION_TYPES[dataset as DatasetId] ?? []));
  if (types === null && stated === null) return null;
  return (RELATION_TYPES as readonly string[]).filter((type) => (types === null || types.includes(type)) && (stated === null || stated.has(type)));
}
