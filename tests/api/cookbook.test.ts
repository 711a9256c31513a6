import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { graphiqlTabs, parseCookbook, readCookbook } from '../../server/graphql/cookbook.js';
import { buildSchema } from '../../server/graphql/schema.js';
import { createTestApi } from '../support/api.js';
import { createTestExecutor } from '../support/database.js';

const executor = createTestExecutor();
const api = createTestApi(executor);
// The second part's questions are about the reference data: they run on the wider graph.
const referenceExecutor = createTestExecutor(inject('referenceNeo4jUri'));
const referenceApi = createTestApi(referenceExecutor);
afterAll(() => Promise.all([executor.close(), referenceExecutor.close()]));

const recipes = readCookbook();

/** The root queries about the graph: the workspace's own (accounts, proposals, history) name a role or are @public. */
function graphQueries(): string[] {
  const workspace = new Set(['requiresRole', 'public']);
  return Object.values(buildSchema().getQueryType()!.getFields())
    .filter((field) => !field.astNode?.directives?.some((directive) => workspace.has(directive.name.value)))
    .map((field) => field.name);
}

/** Where in a result a list came back empty: a recipe's answer must have something in every list it asks for. */
function emptyLists(value: unknown, path = 'data'): string[] {
  if (Array.isArray(value)) {
    return value.length === 0 ? [path] : value.flatMap((item, index) => emptyLists(item, `${path}[${index}]`));
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => emptyLists(item, `${path}.${key}`));
  }
  return [];
}

describe("the analyst's cookbook answers ten questions on the curated graph and ten on the reference data", () => {
  it('has twenty-one questions, each with a query, the last eleven about the reference data', () => {
    expect(recipes).toHaveLength(21);
    for (const recipe of recipes) expect(recipe.query).toMatch(/^query \w+/);
    expect(recipes.map((recipe) => recipe.needsReferenceData)).toEqual([...Array(10).fill(false), ...Array(11).fill(true)]);
  });

  it.each(recipes.map((recipe) => [recipe.question, recipe.query, recipe.needsReferenceData] as const))('%s', async (_, query, needsReferenceData) => {
    const response = await (needsReferenceData ? referenceApi : api).query(query);
    expect(response.errors).toBeUndefined();
    expect(response.status).toBe(200);
    for (const [field, value] of Object.entries(response.data!)) expect(value, field).not.toBeNull();
    expect(emptyLists(response.data)).toEqual([]);
  });

  it('between them, ask every query of the graph (the workspace\'s, which name a role or are @public, are in docs/workspace.md)', () => {
    const asked = new Set(
      recipes.flatMap((recipe) =>
        parse(recipe.query)
          .definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)
          .flatMap((operation) => operation.selectionSet.selections.flatMap((selection) => (selection.kind === Kind.FIELD ? [selection.name.value] : []))),
      ),
    );
    expect([...asked].sort()).toEqual(graphQueries().sort());
  });

  it('open as GraphiQL tabs, each headed by its question', () => {
    const tabs = graphiqlTabs(recipes);
    expect(tabs).toHaveLength(recipes.length);
    expect(tabs[0]!.query).toMatch(/^# 1\. Which actor/);
  });

  it('reads a recipe as the first graphql block under a level-two heading', () => {
    const markdown = '# Title\n\n## A question?\n\nWhy.\n\n```graphql\nquery A { stats { sources } }\n```\n\n```graphql\nquery Ignored { x }\n```\n\n## No query here\n\ntext\n';
    expect(parseCookbook(markdown)).toEqual([{ question: 'A question?', query: 'query A { stats { sources } }', needsReferenceData: false }]);
  });

  it('marks the questions after "# The wider nexus" as needing the reference data', () => {
    const markdown = '## Q1?\n\n```graphql\nquery A { stats { sources } }\n```\n\n# The wider nexus\n\n## Q2?\n\n```graphql\nquery B { stats { sources } }\n```\n';
    expect(parseCookbook(markdown).map((recipe) => recipe.needsReferenceData)).toEqual([false, true]);
  });
});
