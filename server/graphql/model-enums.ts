import {
  ALIAS_QUALITIES,
  CONSENT_TYPE_DESCRIPTIONS,
  CONSENT_TYPES,
  ENTITY_KIND_DESCRIPTIONS,
  ENTITY_KINDS,
  graphqlEnumValue,
  INSTRUMENT_TYPE_DESCRIPTIONS,
  INSTRUMENT_TYPES,
  LISTING_STATUS_DESCRIPTIONS,
  LISTING_STATUSES,
  MEMBERSHIP_TYPE_DESCRIPTIONS,
  MEMBERSHIP_TYPES,
  ORGANIZATION_SCOPE_DESCRIPTIONS,
  ORGANIZATION_SCOPES,
  PARTNER_ROLE_RELATIONS,
  PARTNER_ROLES,
  PLACE_TYPE_DESCRIPTIONS,
  PLACE_TYPES,
  PUBLISHER_TYPE_DESCRIPTIONS,
  PUBLISHER_TYPES,
  RELATION_TYPE_DEFINITIONS,
  RELATION_TYPES,
} from '../../model/data-model.js';

/** The model names the alias qualities without describing them; what each means to a reader. */
const ALIAS_QUALITY_DESCRIPTIONS: Record<(typeof ALIAS_QUALITIES)[number], string> = {
  strong: 'A name the source gives the entity without reservation: searched, shown and fit to identify it.',
  weak: 'A name of low quality (the UN list\'s "Low" aliases): searched and shown, ranked below strong names, never used to merge entities or flag duplicates.',
};

/** A closed list of the data model, as a GraphQL enum. */
interface ModelEnum {
  name: string;
  description: string;
  values: readonly string[];
  describe(value: string): string;
}

function modelEnum<Value extends string>(
  name: string,
  description: string,
  values: readonly Value[],
  describe: (value: Value) => string,
): ModelEnum {
  return { name, description, values, describe: describe as (value: string) => string };
}

/** Every enum the API takes from the data model, in the order docs/schema.graphql prints them. */
export const MODEL_ENUMS: readonly ModelEnum[] = [
  modelEnum('EntityKind', 'The kinds of entity in the graph.', ENTITY_KINDS, (kind) => ENTITY_KIND_DESCRIPTIONS[kind]),
  modelEnum('RelationType', 'The relation types: verbs, directed from the actor to the object.', RELATION_TYPES, (type) =>
    RELATION_TYPE_DEFINITIONS[type].description),
  modelEnum('PartnerRoleKind', 'The roles of the partner map; each is read off one relation type.', PARTNER_ROLES, (role) => {
    const type = PARTNER_ROLE_RELATIONS[role];
    return `${type}: ${RELATION_TYPE_DEFINITIONS[type].description}`;
  }),
  modelEnum('OrganizationScope', 'How far an organisation reaches.', ORGANIZATION_SCOPES, (scope) => ORGANIZATION_SCOPE_DESCRIPTIONS[scope]),
  modelEnum('InstrumentType', 'What sort of instrument it is.', INSTRUMENT_TYPES, (type) => INSTRUMENT_TYPE_DESCRIPTIONS[type]),
  modelEnum('PlaceType', 'What sort of place it is.', PLACE_TYPES, (type) => PLACE_TYPE_DESCRIPTIONS[type]),
  modelEnum('PublisherType', 'Who publishes a source document, so that readers can weigh it.', PUBLISHER_TYPES, (type) =>
    PUBLISHER_TYPE_DESCRIPTIONS[type]),
  modelEnum('ConsentType', 'How a state consented to be bound by a treaty, in the depositary\'s wording.', CONSENT_TYPES, (type) =>
    CONSENT_TYPE_DESCRIPTIONS[type]),
  modelEnum('MembershipType', 'A state\'s standing in an intergovernmental organisation.', MEMBERSHIP_TYPES, (type) =>
    MEMBERSHIP_TYPE_DESCRIPTIONS[type]),
  modelEnum('ListingStatus', 'Whether a sanctions listing still stands in the latest snapshot of the list.', LISTING_STATUSES, (status) =>
    LISTING_STATUS_DESCRIPTIONS[status]),
  modelEnum('AliasQuality', 'How far a name can be trusted.', ALIAS_QUALITIES, (quality) => ALIAS_QUALITY_DESCRIPTIONS[quality]),
];

function enumSdl({ name, description, values, describe }: ModelEnum): string {
  const body = values.map((value) => `  ${JSON.stringify(describe(value))}\n  ${graphqlEnumValue(value)}`).join('\n');
  return `${JSON.stringify(description)}\nenum ${name} {\n${body}\n}\n`;
}

/** SDL for the enums that come from the data model, so the API can never drift from it. */
export function modelEnumsSdl(): string {
  return MODEL_ENUMS.map(enumSdl).join('\n');
}

/**
 * The one place GraphQL's enum values meet the model's: each value's internal value is the
 * model's spelling (`ORGANIZATION` → `Organization`), so arguments reach the resolvers and the
 * Cypher as the database stores them, and stored values go out in GraphQL's spelling.
 */
export function modelEnumResolvers(): Record<string, Record<string, string>> {
  return Object.fromEntries(
    MODEL_ENUMS.map(({ name, values }) => [name, Object.fromEntries(values.map((value) => [graphqlEnumValue(value), value]))]),
  );
}
