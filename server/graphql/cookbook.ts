import { existsSync, readFileSync } from 'node:fs';

/** One question of the analyst's cookbook and the query that answers it. */
export interface CookbookRecipe {
  question: string;
  query: string;
  /** True for the questions of the part about the reference data (see REFERENCE_PART). */
  needsReferenceData: boolean;
}

export const COOKBOOK_FILE = new URL('../../docs/cookbook.md', import.meta.url);

const QUESTION = /^## (.+)$/gm;
/** The level-one heading after which the questions ask about the imported reference data. */
const REFERENCE_PART = /^# The wider nexus/m;
const GRAPHQL_BLOCK = /```graphql\n([\s\S]*?)```/;

/**
 * The recipes of docs/cookbook.md: each `## ` heading is a question, and the first ```graphql
 * block under it the query; the questions after the heading "# The wider nexus…" need the
 * reference data. GraphiQL's example tabs and the cookbook test both read them from here, so the
 * examples an analyst sees are the ones the tests run.
 */
export function parseCookbook(markdown: string): CookbookRecipe[] {
  const headings = [...markdown.matchAll(QUESTION)];
  const referencePart = REFERENCE_PART.exec(markdown)?.index ?? Number.POSITIVE_INFINITY;
  return headings.flatMap((heading, index) => {
    const section = markdown.slice(heading.index, headings[index + 1]?.index ?? markdown.length);
    const block = GRAPHQL_BLOCK.exec(section);
    return block?.[1] ? [{ question: heading[1]!.trim(), query: block[1].trim(), needsReferenceData: heading.index > referencePart }] : [];
  });
}

export function readCookbook(file: URL = COOKBOOK_FILE): CookbookRecipe[] {
  return existsSync(file) ? parseCookbook(readFileSync(file, 'utf8')) : [];
}

/** GraphiQL tabs, one per recipe, the question as a comment above its query. */
export function graphiqlTabs(recipes: readonly CookbookRecipe[]): { query: string }[] {
  return recipes.map((recipe) => ({ query: `# ${recipe.question}\n${recipe.query}\n` }));
}
