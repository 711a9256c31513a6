import type { EntityNode } from './graph-records.js';

/**
 * The kind-specific fields the reference datasets add whose stored name or shape differs from
 * the API's (the others are read off the node by GraphQL's default resolver).
 */
const list = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

/** `nameAr`…`nameRu` (or `nameFormalAr`…) as one object; null when the node has none of them. */
function unLanguageNames(entity: EntityNode, prefix: 'name' | 'nameFormal') {
  const names = {
    ar: entity[`${prefix}Ar`] ?? null,
    zh: entity[`${prefix}Zh`] ?? null,
    en: entity[`${prefix}En`] ?? null,
    es: entity[`${prefix}Es`] ?? null,
    fr: entity[`${prefix}Fr`] ?? null,
    ru: entity[`${prefix}Ru`] ?? null,
  };
  return Object.values(names).some((name) => name !== null) ? names : null;
}

/** The UN Consolidated List's fields of a listed party (stored under the list's own names). */
const listedParty = {
  otherReferenceNumbers: (entity: EntityNode) => list(entity.otherReferenceNumbers),
  listingComments: (entity: EntityNode) => entity.comments ?? null,
};

export const referenceFieldResolvers = {
  State: {
    unNames: (entity: EntityNode) => unLanguageNames(entity, 'name'),
    unFormalNames: (entity: EntityNode) => unLanguageNames(entity, 'nameFormal'),
  },
  Person: {
    ...listedParty,
    datesOfBirth: (entity: EntityNode) => list(entity.dateOfBirth),
    designations: (entity: EntityNode) => list(entity.designation),
  },
  Organization: listedParty,
};
