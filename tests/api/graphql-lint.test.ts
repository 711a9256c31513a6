import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { clientDocuments, cookbookDocuments, mergedDocument } from '../support/graphql-documents.js';

// Where eslint.config.js expects the documents, as files (they live in TypeScript and Markdown).
const DOCUMENTS = 'tests/artifacts/graphql-documents';
const SCHEMA = 'docs/schema.graphql';

// Written before the first lint: the plugin loads the documents once per process, to check
// each against the others (fragments, operation names).
const files = [
  { name: 'client', text: mergedDocument(clientDocuments()) },
  ...cookbookDocuments().map((recipe, index) => ({ name: `cookbook-${index + 1}`, text: recipe.text })),
];
rmSync(DOCUMENTS, { recursive: true, force: true });
mkdirSync(DOCUMENTS, { recursive: true });
for (const file of files) writeFileSync(join(DOCUMENTS, `${file.name}.graphql`), file.text);

const eslint = new ESLint({ cwd: process.cwd() });

function problems(results: ESLint.LintResult[]): string[] {
  return results.flatMap((result) =>
    result.messages.map((message) => `${result.filePath.split('/').pop()}:${message.line} ${message.ruleId ?? ''} ${message.message.split('\n')[0]}`),
  );
}

describe('the GraphQL lint (@graphql-eslint, eslint.config.js) finds nothing to fix', () => {
  it('in the schema as printed: naming conventions, descriptions, reachable types…', async () => {
    const results = await eslint.lintFiles([SCHEMA]);
    expect(results).toHaveLength(1);
    expect(problems(results)).toEqual([]);
  });

  it("and would report an enum value in the model's spelling", async () => {
    const results = await eslint.lintText('"Kinds."\nenum Kind {\n  "A body."\n  Organization\n}\n', { filePath: SCHEMA });
    expect(problems(results)).toContainEqual(expect.stringMatching(/^schema\.graphql:4 @graphql-eslint\/naming-convention Enum value "Organization" should be in UPPER_CASE/));
  });

  it("in the client's documents and the cookbook's recipes, checked together", async () => {
    const results = await eslint.lintFiles([`${DOCUMENTS}/*.graphql`]);
    expect(results).toHaveLength(files.length);
    expect(problems(results)).toEqual([]);
  });

  it('and would report an unnamed operation and a field the schema does not have', async () => {
    const results = await eslint.lintText('{ relation(id: "x") { id properties } }\n', { filePath: join(DOCUMENTS, 'stale.graphql') });
    expect(problems(results)).toEqual([
      expect.stringMatching(/no-anonymous-operations/),
      expect.stringMatching(/fields-on-correct-type Cannot query field "properties" on type "Relation"/),
    ]);
  });
});
