import {
  ENTITY_KIND_DESCRIPTIONS,
  ENTITY_KINDS,
  graphqlEnumValue,
  INSTRUMENT_TYPE_DESCRIPTIONS,
  INSTRUMENT_TYPES,
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
