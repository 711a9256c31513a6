import {
  ENTITY_KIND_DESCRIPTIONS,
  ENTITY_KINDS,
  PARTNER_ROLE_RELATIONS,
  PARTNER_ROLES,
  RELATION_TYPE_DEFINITIONS,
  RELATION_TYPES,
} from '../../model/data-model.js';

function enumSdl<Value extends string>(
  name: string,
  description: string,
  values: readonly Value[],
  describe: (value: Value) => string,
): string {
  const body = values.map((value) => `  ${JSON.stringify(describe(value))}\n  ${value}`).join('\n');
  return `${JSON.stringify(description)}\nenum ${name} {\n${body}\n}\n`;
}

/** SDL for the enums that come from the data model, so the API can never drift from it. */
export function modelEnumsSdl(): string {
  return [
    enumSdl('EntityKind', 'The kinds of entity in the graph.', ENTITY_KINDS, (kind) => ENTITY_KIND_DESCRIPTIONS[kind]),
    enumSdl('RelationType', 'The relation types: verbs, directed from the actor to the object.', RELATION_TYPES, (type) =>
      RELATION_TYPE_DEFINITIONS[type].description),
    enumSdl('PartnerRoleKind', "The roles of the partner map; each is read off one relation type.", PARTNER_ROLES, (role) => {
      const type = PARTNER_ROLE_RELATIONS[role];
      return `${type}: ${RELATION_TYPE_DEFINITIONS[type].description}`;
    }),
  ].join('\n');
}
