import {
  ENTITY_KINDS,
  INSTRUMENT_TYPES,
  ORGANIZATION_SCOPES,
  PLACE_TYPES,
  PUBLISHER_TYPES,
  RELATION_TYPE_DEFINITIONS,
  RELATION_TYPES,
  type EntityKind,
  type RelationType,
} from '../../model/data-model.js';
import {
  ENTITY_ID_PREFIXES,
  type EntityRecord,
  type Evidence,
  type PropertyValue,
  type RelationRecord,
  type SourceDocument,
} from '../../seed/validation/index.js';
import { NameMaker } from './synthetic-names.js';
import { Random } from './random.js';

/** What to build; the same options always give the same graph. */
export interface SyntheticGraphOptions {
  entities: number;
  /** Synthetic relations in all, the supernodes' included. */
  relations: number;
  seed: number;
  /** How many supernodes (a Project, a State and an Organization, in that order; at most 3). */
  supernodes: number;
  /** Relations of each supernode. */
  supernodeDegree: number;
}

export function syntheticGraphOptions(partial: Partial<SyntheticGraphOptions> = {}): SyntheticGraphOptions {
  const entities = partial.entities ?? 100_000;
  const relations = partial.relations ?? 1_000_000;
  const options = {
    entities,
    relations,
    seed: partial.seed ?? 10,
    supernodes: partial.supernodes ?? 3,
    // 60,000 at the full size; the same share of the relations at smaller sizes.
    supernodeDegree: partial.supernodeDegree ?? Math.min(60_000, Math.round(relations * 0.06)),
  };
  if (entities < 100) throw new Error('A synthetic graph needs at least 100 entities.');
  if (options.supernodes < 0 || options.supernodes > SUPERNODE_KINDS.length) {
    throw new Error(`supernodes must be 0 to ${SUPERNODE_KINDS.length}.`);
  }
  if (options.supernodes * options.supernodeDegree > relations) {
    throw new Error('The supernodes alone would need more relations than asked for.');
  }
  return options;
}

/** Each kind's share of the entities: roughly the curated graph's mix, people and events first. */
const KIND_SHARES: Record<EntityKind, number> = {
  Person: 0.3,
  Organization: 0.22,
  Event: 0.22,
  Place: 0.09,
  Project: 0.08,
  Instrument: 0.06,
  State: 0.03,
};

/** How common each type is among the ordinary (non-supernode) relations. */
const TYPE_WEIGHTS: Record<RelationType, number> = {
  ATTENDED: 20, PART_OF: 10, HOLDS_POSITION: 8, SPOKE_AT: 8, HELD_IN: 6, FUNDS: 6, IMPLEMENTS: 6,
  ORGANIZED: 6, BENEFITS_FROM: 5, SUPPORTS: 5, COLLABORATES_ON: 4, LOCATED_IN: 4, TARGETS: 4,
  ADOPTED: 2, DEVELOPED: 2, SUPPLEMENTS: 1, OPERATIONALIZES: 1, REVIEWS: 1, FRAMES: 1,
  // The reference datasets' types are not part of the synthetic curated-like graph.
  SIGNED: 0, PARTY_TO: 0, MEMBER_OF: 0, LISTED_UNDER: 0, NATIONAL_OF: 0, ASSOCIATED_WITH: 0,
};

export const SUPERNODE_KINDS = ['Project', 'State', 'Organization'] as const satisfies readonly EntityKind[];

export const SYNTHETIC_FILE = 'synthetic';

/**
 * Synthetic states are keyed like real ones, by an ISO 3166-1 alpha-3 code, taken from the
 * user-assigned range XAA–XZZ that no country has: so at most 676 of them, XZZ the supernode.
 */
const MAX_STATES = 676;
const STATE_HUB_CODE = 'XZZ';

/** The supernode of `kind`: `project:syn-hub`, `state:XZZ`, `org:syn-hub`. */
export function supernodeId(kind: EntityKind): string {
  return kind === 'State' ? `state:${STATE_HUB_CODE}` : `${ENTITY_ID_PREFIXES[kind]}syn-hub`;
}

// The ordinary skew: the busiest ordinary entities get thousands of relations, most get a few.
const DEGREE_SKEW = 2.5;
const PARTNER_ROLE_PERIOD_TYPES = new Set<RelationType>(['FUNDS', 'IMPLEMENTS', 'COLLABORATES_ON', 'BENEFITS_FROM']);
const TITLES = ['Director', 'Executive Secretary', 'Minister', 'Head of Unit', 'Programme Officer', 'Ambassador'];
const ROLES = ['delegation', 'observer', 'speaker', 'chair', 'trainer'];

interface Shape {
  type: RelationType;
  outgoing: boolean;
  partnerKinds: readonly EntityKind[];
}

/**
 * The synthetic graph, generated on demand in batches (never all in memory): sources, entities
 * of every kind as the seed records them, and relations of the model's types between allowed
 * kinds, ordinary ones with power-law degrees and a few supernodes of `supernodeDegree` each.
 */
export class SyntheticGraph {
  readonly options: SyntheticGraphOptions;
  readonly kindCounts: Record<EntityKind, number>;
  readonly sourceCount: number;
  private readonly random: Random;
  private readonly names: NameMaker;
  private readonly sourceSentences: string[][] = [];

  constructor(options: SyntheticGraphOptions) {
    this.options = options;
    this.random = new Random(options.seed);
    this.names = new NameMaker(this.random);
    this.kindCounts = kindCounts(options.entities);
    this.sourceCount = Math.max(5, Math.round(options.entities / 200));
    for (let index = 0; index < this.sourceCount; index += 1) {
      this.sourceSentences.push(Array.from({ length: 6 }, () => this.names.sentence(6 + this.random.below(6))));
    }
  }

  /** The word synthetic names use most (lower case). */
  get commonestWord(): string {
    return this.names.commonestWord;
  }

  get supernodeIds(): string[] {
    return SUPERNODE_KINDS.slice(0, this.options.supernodes).map(supernodeId);
  }

  /** The id of the ordinary entity of `kind` at `index` (0-based). */
  entityId(kind: EntityKind, index: number): string {
    if (kind === 'State') return `state:${stateCode(index)}`;
    return `${ENTITY_ID_PREFIXES[kind]}syn-${String(index).padStart(6, '0')}`;
  }

  sources(): SourceDocument[] {
    return this.sourceSentences.map((sentences, index) => ({
      id: sourceId(index),
      file: `${SYNTHETIC_FILE}/${index}.txt`,
      title: `Synthetic report ${index}: ${sentences[0]!.slice(0, 40)}`,
      publisher: `${this.names.word()} Press`,
      publisherType: this.random.pick(PUBLISHER_TYPES),
      date: `${2005 + this.random.below(20)}-0${1 + this.random.below(9)}-1${this.random.below(10)}`,
      description: 'A synthetic source document of the scale benchmark.',
      noise: [],
      text: sentences.join(' '),
    }));
  }

  /** Every entity, kind by kind, `size` at a time; supernodes first within their kind. */
  *entityBatches(size: number): Generator<EntityRecord[]> {
    let batch: EntityRecord[] = [];
    for (const kind of ENTITY_KINDS) {
      const hub = (SUPERNODE_KINDS as readonly EntityKind[]).indexOf(kind);
      if (hub >= 0 && hub < this.options.supernodes) batch.push(this.entity(kind, supernodeId(kind)));
      for (let index = 0; index < this.ordinaryCount(kind); index += 1) {
        batch.push(this.entity(kind, this.entityId(kind, index)));
        if (batch.length >= size) {
          yield batch;
          batch = [];
        }
      }
    }
    if (batch.length > 0) yield batch;
  }

  /** Every relation, `size` at a time: the supernodes' first, then the ordinary ones. */
  *relationBatches(size: number): Generator<RelationRecord[]> {
    const seen = new Set<string>();
    let batch: RelationRecord[] = [];
    const add = (relation: RelationRecord | undefined) => {
      if (relation) batch.push(relation);
    };
    for (const kind of SUPERNODE_KINDS.slice(0, this.options.supernodes)) {
      const shapes = shapesOf(kind);
      for (let count = 0; count < this.options.supernodeDegree; count += 1) {
        add(this.supernodeRelation(kind, shapes, seen));
        if (batch.length >= size) {
          yield batch;
          batch = [];
        }
      }
    }
    const ordinary = this.options.relations - this.options.supernodes * this.options.supernodeDegree;
    for (let count = 0; count < ordinary; count += 1) {
      add(this.ordinaryRelation(seen));
      if (batch.length >= size) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  }

  private ordinaryCount(kind: EntityKind): number {
    const hub = (SUPERNODE_KINDS as readonly EntityKind[]).indexOf(kind);
    return this.kindCounts[kind] - (hub >= 0 && hub < this.options.supernodes ? 1 : 0);
  }

  /** An ordinary entity of `kind`, busy ones far more often; ranks are scattered over the ids. */
  private skewedEntity(kind: EntityKind): string {
    const count = this.ordinaryCount(kind);
    const rank = this.random.skewed(count, DEGREE_SKEW);
    return this.entityId(kind, scatter(rank, count));
  }

  private supernodeRelation(kind: EntityKind, shapes: Shape[], seen: Set<string>): RelationRecord | undefined {
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const shape = this.random.pick(shapes);
      const partnerKind = this.random.pick(shape.partnerKinds);
      const partner = this.entityId(partnerKind, this.random.below(this.ordinaryCount(partnerKind)));
      const [from, to] = shape.outgoing ? [supernodeId(kind), partner] : [partner, supernodeId(kind)];
      const relation = this.relation(shape.type, from, to, seen);
      if (relation) return relation;
    }
    throw new Error(`Could not find a new partner for the ${kind} supernode: lower supernodeDegree or add entities.`);
  }

  private ordinaryRelation(seen: Set<string>): RelationRecord | undefined {
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const type = this.random.weighted(TYPE_WEIGHTS);
      const definition = RELATION_TYPE_DEFINITIONS[type];
      const from = this.skewedEntity(this.random.pick(definition.from));
      const to = this.skewedEntity(this.random.pick(definition.to));
      if (from === to) continue;
      const relation = this.relation(type, from, to, seen);
      if (relation) return relation;
    }
    throw new Error('Could not find a new pair of entities: ask for fewer relations or more entities.');
  }

  private relation(type: RelationType, from: string, to: string, seen: Set<string>): RelationRecord | undefined {
    const id = `${type}:${from}->${to}`;
    if (seen.has(id)) return undefined;
    seen.add(id);
    const random = this.random;
    const properties: Record<string, PropertyValue> = {};
    if (PARTNER_ROLE_PERIOD_TYPES.has(type) && random.chance(0.4)) {
      const start = 2010 + random.below(15);
      properties.startDate = String(start);
      if (random.chance(0.6)) properties.endDate = String(start + 1 + random.below(3));
    }
    if (type === 'HOLDS_POSITION') properties.title = random.pick(TITLES);
    if ((type === 'ATTENDED' || type === 'SPOKE_AT') && random.chance(0.3)) properties.role = random.pick(ROLES);
    if (type === 'REVIEWS') properties.frequency = 'annually';
    if (random.chance(0.1)) properties.note = this.names.sentence(8);
    return {
      id, type, from, to, properties,
      evidence: this.evidence(),
      ...(random.chance(0.01) && { conflict: this.names.sentence(10) }),
      ...(random.chance(0.02) && { doubt: this.names.sentence(10) }),
      file: SYNTHETIC_FILE,
    };
  }

  private entity(kind: EntityKind, id: string): EntityRecord {
    const random = this.random;
    const year = 2005 + random.below(20);
    const { name, aliases } = this.names.name(kind, year);
    return {
      id, kind, name, aliases,
      description: this.names.sentence(12),
      evidence: this.evidence(),
      properties: this.kindProperties(kind, id, year),
      ...(random.chance(0.02) && { doubt: this.names.sentence(10) }),
      file: SYNTHETIC_FILE,
    };
  }

  private kindProperties(kind: EntityKind, id: string, year: number): Record<string, PropertyValue> {
    const random = this.random;
    const month = String(1 + random.below(12)).padStart(2, '0');
    const day = String(1 + random.below(28)).padStart(2, '0');
    switch (kind) {
      case 'Organization':
        return { scope: random.pick(ORGANIZATION_SCOPES) };
      case 'State':
        return { iso3: id.slice('state:'.length) };
      case 'Person':
        return {};
      case 'Instrument':
        return { instrumentType: random.pick(INSTRUMENT_TYPES) };
      case 'Project':
        return { startDate: String(year), ...(random.chance(0.7) && { endDate: String(year + 1 + random.below(4)) }) };
      case 'Event': {
        if (random.chance(0.1)) return { eventType: 'meeting' };
        const startDate = random.chance(0.75) ? `${year}-${month}-${day}` : `${year}-${month}`;
        return { startDate, eventType: random.pick(['meeting', 'training', 'launch', 'presentation']) };
      }
      case 'Place':
        return { placeType: random.pick(PLACE_TYPES) };
    }
  }

  private evidence(): Evidence[] {
    const count = this.random.chance(0.3) ? 2 : 1;
    return Array.from({ length: count }, () => {
      const index = this.random.skewed(this.sourceCount, DEGREE_SKEW);
      return { source: sourceId(index), quote: this.random.pick(this.sourceSentences[index]!) };
    });
  }
}

export function sourceId(index: number): string {
  return `src:syn-${String(index).padStart(4, '0')}`;
}

function kindCounts(entities: number): Record<EntityKind, number> {
  const counts = Object.fromEntries(
    ENTITY_KINDS.map((kind) => [kind, Math.max(2, Math.floor(entities * KIND_SHARES[kind]))]),
  ) as Record<EntityKind, number>;
  counts.State = Math.min(counts.State, MAX_STATES);
  const assigned = ENTITY_KINDS.reduce((sum, kind) => sum + counts[kind], 0);
  counts.Person += entities - assigned;
  return counts;
}

/** Every (type, direction) a supernode of `kind` may take part in, by the model's rules. */
function shapesOf(kind: EntityKind): Shape[] {
  return RELATION_TYPES.flatMap((type) => {
    const definition = RELATION_TYPE_DEFINITIONS[type];
    const shapes: Shape[] = [];
    if (definition.from.includes(kind)) shapes.push({ type, outgoing: true, partnerKinds: definition.to });
    if (definition.to.includes(kind)) shapes.push({ type, outgoing: false, partnerKinds: definition.from });
    return shapes;
  });
}

/** A fixed permutation of [0, count): busy ranks land all over the id order, not at its start. */
function scatter(rank: number, count: number): number {
  let step = 7_919;
  while (gcd(step, count) !== 1) step += 2;
  return (rank * step + 13) % count;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** XAA, XAB… XZY: the ordinary synthetic states' codes (XZZ is the supernode's). */
function stateCode(index: number): string {
  const letter = (value: number) => String.fromCharCode(65 + (value % 26));
  return `X${letter(Math.floor(index / 26))}${letter(index)}`;
}
