import {
  ENTITY_KIND_DESCRIPTIONS,
  ENTITY_KINDS,
  RELATION_TYPE_DEFINITIONS,
  RELATION_TYPES,
} from '../../model/data-model.js';

function enumSdl(name: string, description: string, values: readonly string[], describe: (value: string) => string): string {
  const body = values.map((value) => `  ${JSON.stringify(describe(value))}\n  ${value}`).join('\n');
  return `${JSON.stringify(description)}\nenum ${name} {\n${body}\n}\n`;
}

/** SDL for the enums that come from the data model, so the API can never drift from it. */
export function modelEnumsSdl(): string {
  return [
    enumSdl('EntityKind', 'The kinds of entity in the graph.', ENTITY_KINDS, (kind) =>
      ENTITY_KIND_DESCRIPTIONS[kind as keyof typeof ENTITY_KIND_DESCRIPTIONS]),
    enumSdl('RelationType', 'The relation types: verbs, directed from the actor to the object.', RELATION_TYPES, (type) =>
      RELATION_TYPE_DEFINITIONS[type as keyof typeof RELATION_TYPE_DEFINITIONS].description),
  ].join('\n');
}
