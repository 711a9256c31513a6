import { readFileSync } from 'node:fs';
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  type GraphQLNamedType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  ENTITY_KINDS,
  graphqlEnumValue,
  INSTRUMENT_TYPES,
  ORGANIZATION_SCOPES,
  PARTNER_ROLES,
  PLACE_TYPES,
  PUBLISHER_TYPES,
  RELATION_PROPERTIES,
  RELATION_TYPES,
} from '../../model/data-model.js';
import { RELATION_PROPERTY_NAMES } from '../../seed/validation/relation-schema.js';
import { MODEL_ENUMS } from '../../server/graphql/model-enums.js';
import { PRINTED_SCHEMA_FILE, PRINTED_SCHEMA_HEADER } from '../../server/graphql/print-schema.js';
import { buildSchema, printedSchema } from '../../server/graphql/schema.js';

const schema = buildSchema();
const ownTypes = Object.values(schema.getTypeMap()).filter(
  (type) => !type.name.startsWith('__') && !(isScalarType(type) && isSpecifiedScalarType(type)),
);

/** Every place a description belongs: types, fields, arguments and enum values. */
function undocumented(type: GraphQLNamedType): string[] {
  const missing = type.description?.trim() ? [] : [type.name];
  if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) {
      if (!field.description?.trim()) missing.push(`${type.name}.${field.name}`);
      for (const argument of 'args' in field ? field.args : []) {
        if (!argument.description?.trim() && !isInterfaceArgumentRepeat(type, field.name)) missing.push(`${type.name}.${field.name}(${argument.name})`);
      }
    }
  }
  if (isEnumType(type)) {
    for (const value of type.getValues()) if (!value.description?.trim()) missing.push(`${type.name}.${value.name}`);
  }
  return missing;
}

// The seven kinds repeat `relations(...)`; its arguments are documented once, on `Entity`.
function isInterfaceArgumentRepeat(type: GraphQLNamedType, field: string): boolean {
  return isObjectType(type) && type.getInterfaces().some((face) => face.getFields()[field]?.args.every((argument) => argument.description));
}

describe('the schema reads as documentation', () => {
  it('describes every type, field, argument and enum value', () => {
    expect(ownTypes.flatMap(undocumented)).toEqual([]);
  });

  it('takes its enums from the data model', () => {
    const values = (name: string) => {
      const type = schema.getType(name);
      return isEnumType(type) ? type.getValues().map((value) => value.name) : [];
    };
    expect(values('EntityKind')).toEqual(['ORGANIZATION', 'STATE', 'PERSON', 'INSTRUMENT', 'PROJECT', 'EVENT', 'PLACE']);
    expect(values('RelationType')).toEqual([...RELATION_TYPES]);
    expect(values('PartnerRoleKind')).toEqual(PARTNER_ROLES.map(graphqlEnumValue));
    for (const kind of ENTITY_KINDS) expect(isObjectType(schema.getType(kind)), kind).toBe(true);
  });

  it("types the model's closed lists as enums, not strings", () => {
    const typeOf = (type: string, field: string) => {
      const owner = schema.getType(type);
      return isObjectType(owner) ? String(owner.getFields()[field]?.type) : '';
    };
    expect(typeOf('Organization', 'scope')).toBe('OrganizationScope');
    expect(typeOf('Instrument', 'instrumentType')).toBe('InstrumentType');
    expect(typeOf('Place', 'placeType')).toBe('PlaceType');
    expect(typeOf('Source', 'publisherType')).toBe('PublisherType');
    const values = (name: string) => {
      const type = schema.getType(name);
      return isEnumType(type) ? type.getValues().map((value) => value.value as string) : [];
    };
    expect(values('OrganizationScope')).toEqual([...ORGANIZATION_SCOPES]);
    expect(values('InstrumentType')).toEqual([...INSTRUMENT_TYPES]);
    expect(values('PlaceType')).toEqual([...PLACE_TYPES]);
    expect(values('PublisherType')).toEqual([...PUBLISHER_TYPES]);
  });

  it("spells every enum value in GraphQL's SCREAMING_SNAKE_CASE", () => {
    const values = ownTypes.filter(isEnumType).flatMap((type) => type.getValues().map((value) => `${type.name}.${value.name}`));
    expect(values.length).toBeGreaterThan(30);
    expect(values.filter((value) => !/^\w+\.[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/.test(value))).toEqual([]);
  });

  it("maps each enum value to the model's own spelling, which the database and the Cypher keep", () => {
    const kinds = schema.getType('EntityKind');
    expect(isEnumType(kinds) && kinds.getValue('ORGANIZATION')?.value).toBe('Organization');
    const roles = schema.getType('PartnerRoleKind');
    expect(isEnumType(roles) && roles.getValue('DONOR')?.value).toBe('donor');
    for (const { name, values } of MODEL_ENUMS) {
      expect(new Set(values.map(graphqlEnumValue)).size, `${name}: two model values share one GraphQL value`).toBe(values.length);
    }
    expect(graphqlEnumValue('guiding-principles')).toBe('GUIDING_PRINCIPLES');
    expect(graphqlEnumValue('COLLABORATES_ON')).toBe('COLLABORATES_ON');
  });

  it('has no untyped JSON: no scalar beyond GraphQL\'s own, every relation fact a typed field', () => {
    expect(ownTypes.filter(isScalarType).map((type) => type.name)).toEqual([]);
    const relation = schema.getType('Relation');
    expect(isObjectType(relation)).toBe(true);
    const fields = isObjectType(relation) ? relation.getFields() : {};
    expect(fields.properties).toBeUndefined();
    for (const name of RELATION_PROPERTIES) expect(String(fields[name]?.type), name).toBe('String');
  });

  it('offers every fact the seed files may give a relation', () => {
    expect([...RELATION_PROPERTY_NAMES].sort()).toEqual([...RELATION_PROPERTIES].sort());
  });

  it('names every argument by the one pattern the schema description states', () => {
    const FILTERS: Record<string, string[]> = {
      kinds: ['[EntityKind!]'],
      types: ['[RelationType!]'],
      roles: ['[PartnerRoleKind!]'],
      statuses: ['[ListingStatus!]', '[ProposalStatus!]'],
      direction: ['Direction'],
    };
    const FIXED: Record<string, string> = {
      first: 'Int',
      after: 'String',
      depth: 'Int',
      limit: 'Int',
      maxLength: 'Int',
      from: 'String',
      to: 'String',
      asOf: 'String',
      text: 'String!',
      quote: 'String!',
      comment: 'String',
      // Account changes: why (the audit trail keeps it), and the role an account gets.
      reason: 'String',
      role: 'Role!',
    };
    const offPattern = ownTypes.flatMap((type) => {
      if (!isObjectType(type) && !isInterfaceType(type)) return [];
      return Object.values(type.getFields()).flatMap((field) =>
        field.args.flatMap((argument) => {
          const typeName = String(argument.type);
          const where = `${type.name}.${field.name}(${argument.name}: ${typeName})`;
          if (argument.name === 'id' || argument.name.endsWith('Id')) return /^ID!?$/.test(typeName) && /^(id|[a-z]+Id)$/.test(argument.name) ? [] : [where];
          if (argument.name.endsWith('Ids')) return typeName === '[ID!]' ? [] : [where];
          if (argument.name in FILTERS) return FILTERS[argument.name]!.includes(typeName) ? [] : [where];
          // A change takes its one input object, named after the mutation (Relay's convention).
          if (argument.name === 'input') return typeName === `${field.name[0]!.toUpperCase()}${field.name.slice(1)}Input!` ? [] : [where];
          if (argument.name in FIXED) return typeName === FIXED[argument.name] ? [] : [where];
          return [where];
        }),
      );
    });
    expect(offPattern).toEqual([]);
  });

  it('is printed, whole, in docs/schema.graphql (npm run schema:print)', () => {
    expect(readFileSync(PRINTED_SCHEMA_FILE, 'utf8')).toBe(PRINTED_SCHEMA_HEADER + printedSchema());
  });
});
