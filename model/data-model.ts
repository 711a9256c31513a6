/**
 * The one definition of Nexus Graph's data model.
 *
 * Seed validation, the GraphQL enums, the client's legend and the docs are all derived from
 * these tuples, so adding a kind or a relation type starts (and usually ends) here.
 */

export const ENTITY_KINDS = [
  'Organization',
  'State',
  'Person',
  'Instrument',
  'Project',
  'Event',
  'Place',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const ENTITY_KIND_DESCRIPTIONS: Record<EntityKind, string> = {
  Organization:
    'A UN body, office or programme, a regional organisation, or a national agency (see `scope`).',
  State: 'A sovereign state, identified by its ISO 3166-1 alpha-3 code.',
  Person: 'A named individual who holds a position or speaks at an event.',
  Instrument:
    'A treaty, protocol, resolution, strategy, set of guiding principles, or programme or plan of action.',
  Project: 'A technical-assistance project with implementers, donors and beneficiaries.',
  Event: 'A dated meeting, launch, presentation or training course.',
  Place: 'A city or region where events happen or that states belong to.',
};

export const ORGANIZATION_SCOPES = ['international', 'regional', 'national'] as const;
export type OrganizationScope = (typeof ORGANIZATION_SCOPES)[number];

export const ORGANIZATION_SCOPE_DESCRIPTIONS: Record<OrganizationScope, string> = {
  international: 'A body of the UN system or another organisation open to states of every region (INTERPOL).',
  regional: 'An organisation of the states of one region, or one of its bodies (the SCO and its RATS).',
  national: "An agency of one state's government (a customs service, a border service).",
};

export const INSTRUMENT_TYPES = [
  'convention',
  'protocol',
  'treaty',
  'resolution',
  'strategy',
  'guiding-principles',
  'programme-of-action',
  'plan-of-action',
] as const;
export type InstrumentType = (typeof INSTRUMENT_TYPES)[number];

export const INSTRUMENT_TYPE_DESCRIPTIONS: Record<InstrumentType, string> = {
  convention: 'A multilateral convention (the UN Convention against Transnational Organized Crime).',
  protocol: 'A protocol that supplements a convention (the Firearms Protocol).',
  treaty: 'A treaty between states (the Arms Trade Treaty).',
  resolution: 'A resolution of a UN organ (Security Council resolution 2370).',
  strategy: 'A strategy adopted by an organisation (the UN Global Counter-Terrorism Strategy).',
  'guiding-principles': 'A set of guiding principles (the Madrid Guiding Principles).',
  'programme-of-action': 'A programme of action agreed by states (the UN Programme of Action on small arms).',
  'plan-of-action': 'A plan of action that puts broader instruments into practice (the Central Asian Joint Plan of Action).',
};

export const PLACE_TYPES = ['city', 'region'] as const;
export type PlaceType = (typeof PLACE_TYPES)[number];

export const PLACE_TYPE_DESCRIPTIONS: Record<PlaceType, string> = {
  city: 'A city (Astana).',
  region: 'A region of several states (Central Asia).',
};

export const PUBLISHER_TYPES = ['un-body', 'regional-organisation', 'government', 'media', 'other'] as const;
export type PublisherType = (typeof PUBLISHER_TYPES)[number];

export const PUBLISHER_TYPE_DESCRIPTIONS: Record<PublisherType, string> = {
  'un-body': 'A body of the UN system (UNODC, UNOCT, the Security Council).',
  'regional-organisation': 'A regional organisation or one of its bodies (the SCO RATS).',
  government: "A state's government or one of its agencies.",
  media: 'A news outlet.',
  other: 'Any other publisher.',
};

/**
 * Relationship types: verbs, directed from the actor to the object.
 * `from`/`to` list the kinds allowed at each end; the seed validator enforces them.
 */
export const RELATION_TYPES = [
  'IMPLEMENTS',
  'FUNDS',
  'COLLABORATES_ON',
  'BENEFITS_FROM',
  'SUPPORTS',
  'PART_OF',
  'HOLDS_POSITION',
  'ATTENDED',
  'ORGANIZED',
  'SPOKE_AT',
  'HELD_IN',
  'LOCATED_IN',
  'SUPPLEMENTS',
  'OPERATIONALIZES',
  'ADOPTED',
  'DEVELOPED',
  'REVIEWS',
  'TARGETS',
  'FRAMES',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export interface RelationTypeDefinition {
  readonly description: string;
  readonly from: readonly EntityKind[];
  readonly to: readonly EntityKind[];
}

const ACTORS = ['Organization', 'State', 'Person'] as const satisfies readonly EntityKind[];

export const RELATION_TYPE_DEFINITIONS: Record<RelationType, RelationTypeDefinition> = {
  IMPLEMENTS: {
    description: 'The actor carries out (or co-implements) the project or instrument.',
    from: ['Organization'],
    to: ['Project', 'Instrument'],
  },
  FUNDS: {
    description: 'The actor gives money to the project or event (a donor), for the period given.',
    from: ['State', 'Organization'],
    to: ['Project', 'Event'],
  },
  COLLABORATES_ON: {
    description: 'The actor works on the project in collaboration with its implementers without implementing it.',
    from: ['Organization', 'State'],
    to: ['Project'],
  },
  BENEFITS_FROM: {
    description: 'The state or agency is a beneficiary or target country of the project.',
    from: ['State', 'Organization'],
    to: ['Project'],
  },
  SUPPORTS: {
    description: 'The project supports the implementation of the instrument, or an actor pledges support to another.',
    from: ['Project', 'Organization', 'State'],
    to: ['Instrument', 'Organization', 'Project'],
  },
  PART_OF: {
    description: 'The entity is a component of the larger one (a centre of an office, an agency of a state, an event of a project, a state of a region).',
    from: ['Organization', 'Event', 'State', 'Project', 'Instrument', 'Place'],
    to: ['Organization', 'State', 'Project', 'Instrument', 'Place'],
  },
  HOLDS_POSITION: {
    description: 'The person holds the position given by `title` in the organisation or for the state.',
    from: ['Person'],
    to: ['Organization', 'State'],
  },
  ATTENDED: {
    description: 'The actor (or its representatives or delegation) attended the event.',
    from: ACTORS,
    to: ['Event'],
  },
  ORGANIZED: {
    description: 'The actor convened, organised or gave the event.',
    from: ['Organization', 'State'],
    to: ['Event'],
  },
  SPOKE_AT: {
    description: 'The person gave remarks, a presentation or a message at the event.',
    from: ['Person', 'Organization', 'State'],
    to: ['Event'],
  },
  HELD_IN: {
    description: 'The event took place in the place or state.',
    from: ['Event'],
    to: ['Place', 'State'],
  },
  LOCATED_IN: {
    description: 'The place lies in the state or region; the state lies in the region.',
    from: ['Place', 'State'],
    to: ['State', 'Place'],
  },
  SUPPLEMENTS: {
    description: 'The instrument (e.g. a protocol) supplements the parent instrument.',
    from: ['Instrument'],
    to: ['Instrument'],
  },
  OPERATIONALIZES: {
    description: 'The plan puts the broader instrument into practice.',
    from: ['Instrument'],
    to: ['Instrument'],
  },
  ADOPTED: {
    description: 'The body adopted the instrument (on `startDate` where known).',
    from: ['Organization'],
    to: ['Instrument'],
  },
  DEVELOPED: {
    description: 'The actor drew up the instrument.',
    from: ['State', 'Organization'],
    to: ['Instrument'],
  },
  REVIEWS: {
    description: 'The body periodically reviews the instrument (`frequency` says how often).',
    from: ['Organization'],
    to: ['Instrument'],
  },
  TARGETS: {
    description: 'The project is aimed at the region or state (its activities take place there).',
    from: ['Project'],
    to: ['Place', 'State'],
  },
  FRAMES: {
    description: 'The instrument belongs to the legal framework the source names for the project\'s field, without saying the project supports its implementation.',
    from: ['Instrument'],
    to: ['Project'],
  },
};

/** The roles of the coordinators' partner map, and which relation types express each. */
export const PARTNER_ROLES = [
  'implementer',
  'donor',
  'collaborator',
  'beneficiary',
  'organiser',
  'participant',
] as const;
export type PartnerRole = (typeof PARTNER_ROLES)[number];

export const PARTNER_ROLE_RELATIONS: Record<PartnerRole, RelationType> = {
  implementer: 'IMPLEMENTS',
  donor: 'FUNDS',
  collaborator: 'COLLABORATES_ON',
  beneficiary: 'BENEFITS_FROM',
  organiser: 'ORGANIZED',
  participant: 'ATTENDED',
};

export function isEntityKind(value: string): value is EntityKind {
  return (ENTITY_KINDS as readonly string[]).includes(value);
}

export function isRelationType(value: string): value is RelationType {
  return (RELATION_TYPES as readonly string[]).includes(value);
}

/**
 * A model value as the GraphQL API spells it: SCREAMING_SNAKE_CASE, GraphQL's convention for
 * enum values (`Organization` → `ORGANIZATION`, `guiding-principles` → `GUIDING_PRINCIPLES`).
 * The model, the database and the Cypher keep the model's own spelling; the server's enum
 * resolvers and the client's API door translate with this one function.
 */
export function graphqlEnumValue(value: string): string {
  return value
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toUpperCase();
}

/**
 * The facts a relation may carry beyond its ends and its evidence. Seed files and the API's
 * `Relation` fields (server/relations/schema.graphql says what each means) use these names; all
 * are optional text.
 */
export const RELATION_PROPERTIES = ['startDate', 'endDate', 'title', 'role', 'frequency', 'note'] as const;
export type RelationProperty = (typeof RELATION_PROPERTIES)[number];
