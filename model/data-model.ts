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
  State:
    'A state (or a territory with its own ISO 3166-1 code in the reference data), identified by its ISO 3166-1 alpha-3 code.',
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
  'sanctions-regime',
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
  'sanctions-regime':
    "A UN Security Council sanctions regime, one `UN_LIST_TYPE` of the Consolidated List (the ISIL (Da'esh) and Al-Qaida list).",
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
  'SIGNED',
  'PARTY_TO',
  'MEMBER_OF',
  'LISTED_UNDER',
  'NATIONAL_OF',
  'ASSOCIATED_WITH',
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
  SIGNED: {
    description: 'The state signed the treaty (`signatureDate`) and, as far as the depositary records, has not yet consented to be bound by it.',
    from: ['State'],
    to: ['Instrument'],
  },
  PARTY_TO: {
    description:
      'The state consented to be bound by the treaty (`consentType`, on `startDate`, the consent date; `signatureDate` where it signed first).',
    from: ['State'],
    to: ['Instrument'],
  },
  MEMBER_OF: {
    description:
      'The state belongs to the organisation for one spell (`membershipType`: full, associate or observer; `firstYear`..`lastYear` as the data shows it).',
    from: ['State'],
    to: ['Organization'],
  },
  LISTED_UNDER: {
    description:
      'The person or entity is on the sanctions list of the regime (`referenceNumber`, listed on `startDate`; `listingStatus` current or delisted).',
    from: ['Person', 'Organization'],
    to: ['Instrument'],
  },
  NATIONAL_OF: {
    description: 'The listed person holds (or held, see `note`) the nationality of the state, as the sanctions list states it.',
    from: ['Person'],
    to: ['State'],
  },
  ASSOCIATED_WITH: {
    description: "The listed party's narrative on the sanctions list cites the other listed party (by its reference number).",
    from: ['Person', 'Organization'],
    to: ['Person', 'Organization'],
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

/* ------------------------------------------------------------------------------------------------
 * Reference data: the public datasets imported beside the curated seed (seed/reference/).
 * ---------------------------------------------------------------------------------------------- */

/**
 * Every dataset that may own records. `curated` is the seed of five documents; the others are
 * the reference datasets of ../shared/reference-data. A record's `datasets` list holds these ids.
 */
export const DATASET_IDS = [
  'dataset:curated',
  'dataset:country-codes',
  'dataset:untc-arms-treaties',
  'dataset:cow-igo',
  'dataset:un-sc-consolidated',
  'dataset:editors',
] as const;
export type DatasetId = (typeof DATASET_IDS)[number];
export const CURATED_DATASET: DatasetId = 'dataset:curated';
/**
 * What editors add through the coordinators' workspace, once a reviewer accepts it (model/access.ts
 * names it too). Neither the curated seed nor a reference importer touches its records.
 */
export const EDITORS_DATASET_ID: DatasetId = 'dataset:editors';

/** The public reference datasets: every dataset but the curated documents and the editors' edits. */
export const REFERENCE_DATASET_IDS: readonly DatasetId[] = DATASET_IDS.filter((id) => id !== CURATED_DATASET && id !== EDITORS_DATASET_ID);

/** The relation types only the reference datasets state (the curated documents state none of them). */
export const REFERENCE_RELATION_TYPES = [
  'SIGNED',
  'PARTY_TO',
  'MEMBER_OF',
  'LISTED_UNDER',
  'NATIONAL_OF',
  'ASSOCIATED_WITH',
] as const satisfies readonly RelationType[];

/**
 * The relation types each dataset states, and no others: a walk filtered by dataset reads only
 * these types (server/neighbourhood), the reference writer refuses a relation of any other type
 * for its dataset, and a test holds the imported graph to it.
 */
export const DATASET_RELATION_TYPES: Record<DatasetId, readonly RelationType[]> = {
  'dataset:curated': RELATION_TYPES.filter((type) => !(REFERENCE_RELATION_TYPES as readonly RelationType[]).includes(type)),
  'dataset:country-codes': ['LOCATED_IN'],
  'dataset:untc-arms-treaties': ['PARTY_TO', 'SIGNED', 'SUPPLEMENTS'],
  'dataset:cow-igo': ['MEMBER_OF'],
  'dataset:un-sc-consolidated': ['ADOPTED', 'LISTED_UNDER', 'NATIONAL_OF', 'ASSOCIATED_WITH'],
  // An editor may state a relation of any type the model has, with its evidence.
  'dataset:editors': RELATION_TYPES,
};

export function isDatasetId(value: string): value is DatasetId {
  return (DATASET_IDS as readonly string[]).includes(value);
}

/** How a state consented to be bound by a treaty (the depositary's wording). */
export const CONSENT_TYPES = ['ratification', 'accession', 'acceptance', 'approval', 'succession', 'unspecified'] as const;
export type ConsentType = (typeof CONSENT_TYPES)[number];
export const CONSENT_TYPE_DESCRIPTIONS: Record<ConsentType, string> = {
  ratification: 'Ratified after signing.',
  accession: 'Acceded without signing first.',
  acceptance: 'Accepted (same legal effect as ratification).',
  approval: 'Approved (same legal effect as ratification).',
  succession: 'Succeeded to the treaty as a successor state.',
  unspecified: 'Consented on the date given, but the record does not say how (the CCW protocols\' "consent to be bound" column).',
};

/** A state's standing in an intergovernmental organisation (COW IGO codes 1, 2, 3). */
export const MEMBERSHIP_TYPES = ['full', 'associate', 'observer'] as const;
export type MembershipType = (typeof MEMBERSHIP_TYPES)[number];
export const MEMBERSHIP_TYPE_DESCRIPTIONS: Record<MembershipType, string> = {
  full: 'Full member.',
  associate: 'Associate member.',
  observer: 'Observer.',
};

/** Whether a sanctions listing still stands in the latest snapshot of the list. */
export const LISTING_STATUSES = ['current', 'delisted'] as const;
export type ListingStatus = (typeof LISTING_STATUSES)[number];
export const LISTING_STATUS_DESCRIPTIONS: Record<ListingStatus, string> = {
  current: 'On the list in its latest snapshot.',
  delisted: 'On an earlier snapshot and absent from the latest: delisted between the two snapshot dates.',
};

/** How far an alias can be trusted; the UN list's "Low" aliases are weak. */
export const ALIAS_QUALITIES = ['strong', 'weak'] as const;
export type AliasQuality = (typeof ALIAS_QUALITIES)[number];

/**
 * The typed facts reference relations carry beyond RELATION_PROPERTIES. Dates are ISO 8601
 * prefixes (text); years are integers. Which types use which: PARTY_TO consentType,
 * signatureDate; SIGNED signatureDate (= startDate); MEMBER_OF membershipType, firstYear,
 * lastYear; LISTED_UNDER referenceNumber, listingStatus, delistedAfter, delistedBy.
 */
export const REFERENCE_RELATION_PROPERTIES = {
  consentType: 'enum',
  signatureDate: 'date',
  membershipType: 'enum',
  firstYear: 'int',
  lastYear: 'int',
  referenceNumber: 'text',
  listingStatus: 'enum',
  delistedAfter: 'date',
  delistedBy: 'date',
} as const;
export type ReferenceRelationProperty = keyof typeof REFERENCE_RELATION_PROPERTIES;
