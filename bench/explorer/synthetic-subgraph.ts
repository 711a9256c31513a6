import type { EntitySummary, RelationSummary, Subgraph } from '../../client/src/core/graph/index.js';
import { RELATION_TYPE_DEFINITIONS, RELATION_TYPES, type EntityKind, type RelationType } from '../../model/data-model.js';

/** The entity the benchmark expands; its neighbourhood is the synthetic subgraph. */
export const CENTRE_ID = 'synthetic:centre';
export const SYNTHETIC_PREFIX = 'synthetic:';

const SOURCE = { id: 'source:synthetic-benchmark', title: 'Synthetic benchmark source', publisher: 'Nexus Graph bench', date: '2024-01-01' };
const DATED_KINDS: readonly EntityKind[] = ['Event', 'Project'];

/** A seeded generator (mulberry32): the same graph every run, so runs compare. */
function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Link {
  type: RelationType;
  /** Whether the existing node is the relation's `from` end. */
  existingIsFrom: boolean;
  newcomerKinds: readonly EntityKind[];
}

/** Every way a relation type lets a node of this kind gain a neighbour, at either end. */
function linksFrom(kind: EntityKind): Link[] {
  return RELATION_TYPES.flatMap((type) => {
    const { from, to } = RELATION_TYPE_DEFINITIONS[type];
    return [
      ...(from.includes(kind) ? [{ type, existingIsFrom: true, newcomerKinds: to }] : []),
      ...(to.includes(kind) ? [{ type, existingIsFrom: false, newcomerKinds: from }] : []),
    ];
  });
}

/**
 * A neighbourhood of `nodeCount` entities and `edgeCount` relations shaped like the API's answer:
 * a random tree grown from the centre (so the graph is connected, as a neighbourhood is), then
 * extra relations between random entities. Every relation type joins kinds the data model allows,
 * and every relation carries one piece of evidence, as the curated data does.
 */
export function syntheticNeighbourhood(nodeCount: number, edgeCount: number, seed = 2024): Required<Subgraph> {
  const random = randomSource(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const nodes: EntitySummary[] = [entity(CENTRE_ID, 'Organization', 0)];
  const edges: RelationSummary[] = [];
  const byKind = new Map<EntityKind, EntitySummary[]>([['Organization', [nodes[0]!]]]);
  const joined = new Set<string>();
  const relate = (type: RelationType, from: string, to: string) => {
    edges.push(relation(`${SYNTHETIC_PREFIX}rel-${edges.length}`, type, from, to, edges.length));
    joined.add(`${from}>${to}`);
  };

  while (nodes.length < nodeCount) {
    const existing = pick(nodes);
    const link = pick(linksFrom(existing.kind));
    const newcomer = entity(`${SYNTHETIC_PREFIX}${nodes.length}`, pick(link.newcomerKinds), nodes.length);
    nodes.push(newcomer);
    byKind.set(newcomer.kind, [...(byKind.get(newcomer.kind) ?? []), newcomer]);
    if (link.existingIsFrom) relate(link.type, existing.id, newcomer.id);
    else relate(link.type, newcomer.id, existing.id);
  }
  while (edges.length < edgeCount) {
    const type = pick(RELATION_TYPES);
    const { from, to } = RELATION_TYPE_DEFINITIONS[type];
    const sources = byKind.get(pick(from));
    const targets = byKind.get(pick(to));
    if (!sources || !targets) continue;
    const source = pick(sources);
    const target = pick(targets);
    if (source.id === target.id || joined.has(`${source.id}>${target.id}`)) continue;
    relate(type, source.id, target.id);
  }
  return { nodes, edges, truncated: false };
}

function entity(id: string, kind: EntityKind, index: number): EntitySummary {
  const year = 2000 + (index % 25);
  return {
    id,
    kind,
    // Names as long as the curated ones, so labels cost what they cost in real use.
    name: index === 0 ? 'Synthetic Benchmark Centre' : `Synthetic ${kind} number ${index}`,
    aliases: [],
    description: `A generated ${kind.toLowerCase()} for the explorer benchmark.`,
    doubt: null,
    ...(DATED_KINDS.includes(kind) ? { startDate: `${year}-03`, endDate: `${year + 1}` } : {}),
  };
}

function relation(id: string, type: RelationType, from: string, to: string, index: number): RelationSummary {
  return {
    id,
    type,
    from: { id: from },
    to: { id: to },
    conflict: null,
    doubt: null,
    evidence: [{ quote: `Generated relation ${index}: ${from} ${type} ${to}.`, source: SOURCE }],
  };
}
