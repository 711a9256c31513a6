import { Kind, parse, validate, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../../server/graphql/schema.js';
import { benchDocuments, clientDocuments, cookbookDocuments } from '../support/graphql-documents.js';

const schema = buildSchema();
const documents = [...clientDocuments(), ...cookbookDocuments(), ...benchDocuments()];

function operationNames(text: string): string[] {
  return parse(text)
    .definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)
    .map((operation) => operation.name?.value ?? '(anonymous)');
}

describe('every document sent to the API is valid against its schema, so the two never drift', () => {
  it('finds the client documents, the cookbook recipes and the benchmark mix', () => {
    expect(clientDocuments().map((document) => document.name)).toEqual(
      expect.arrayContaining(['client NEIGHBOURHOOD', 'client SEARCH', 'client ENTITY_DETAILS', 'client PATHS', 'client PARTNER_ROLES', 'client TIMELINE', 'client SOURCES', 'client neighbourhoodsDocument']),
    );
    expect(cookbookDocuments()).toHaveLength(21);
    expect(benchDocuments().length).toBeGreaterThan(5);
  });

  it.each(documents.map((document) => [document.name, document.text]))('%s', (_, text) => {
    expect(validate(schema, parse(text)).map((error) => error.message)).toEqual([]);
  });

  it("refuses a document the schema does not answer, as yesterday's `properties` would be", () => {
    const stale = '{ relation(id: "x") { properties } entities(kinds: [Organization]) { totalCount } }';
    expect(validate(schema, parse(stale)).map((error) => error.message)).toEqual([
      'Cannot query field "properties" on type "Relation".',
      'Value "Organization" does not exist in "EntityKind" enum. Did you mean the enum value "ORGANIZATION"?',
    ]);
  });

  it('names every operation of the client and the cookbook, each name once, so logs and stubs can tell them apart', () => {
    const names = [...clientDocuments(), ...cookbookDocuments()].flatMap((document) => operationNames(document.text));
    expect(names.filter((name) => name === '(anonymous)')).toEqual([]);
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });
});
