import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const CYPHER_DIRECTORY = new URL('.', import.meta.url).pathname;

/** Reads a named query from `cypher/queries/<name>.cypher`. */
export function readQuery(name: string): string {
  return readFileSync(join(CYPHER_DIRECTORY, 'queries', `${name}.cypher`), 'utf8').trim();
}

/** The schema statements (constraints and indexes), split on the `;` that ends each one. */
export function schemaStatements(): string[] {
  const text = readFileSync(join(CYPHER_DIRECTORY, 'schema.cypher'), 'utf8');
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .split(';')
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

/**
 * Relationship-property indexes must name a type, so one per relation type of the model
 * (a whitelist: never user input). They serve `Relation.id` look-ups.
 */
export function relationIdIndexStatements(relationTypes: readonly string[]): string[] {
  return relationTypes.map((type) => {
    assertCypherName(type);
    return `CREATE INDEX relation_id_${type.toLowerCase()} IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.id)`;
  });
}

/**
 * Index seeks and the count store need the label or relationship type in the pattern, and those
 * cannot be parameters: the lines between `// EACH <TOKEN>` and `// END EACH` are repeated once
 * per name of the given whitelist (the data model's), `<TOKEN>` replaced by the name; with
 * `// EACH <TOKEN> UNION ALL` the copies are joined by UNION ALL (branches of a subquery).
 * `expandForEach(query, 'RELATION_TYPE', RELATION_TYPES)`.
 */
export function expandForEach(query: string, token: string, names: readonly string[]): string {
  const block = new RegExp(`^([ \\t]*)// EACH ${token}( UNION ALL)?\\n([\\s\\S]*?)^[ \\t]*// END EACH\\n?`, 'gm');
  return query.replace(block, (_, indent: string, union: string | undefined, lines: string) =>
    names
      .map((name) => {
        assertCypherName(name);
        return lines.replaceAll(token, name);
      })
      .join(union ? `${indent}UNION ALL\n` : ''),
  );
}

/**
 * The relations citing a source, through one full-text index over every relation type's
 * evidence sources (a full-text index may span types; its types come from the whitelist).
 */
export function relationEvidenceIndexStatement(relationTypes: readonly string[]): string {
  relationTypes.forEach(assertCypherName);
  return `CREATE FULLTEXT INDEX relation_evidence IF NOT EXISTS FOR ()-[r:${relationTypes.join('|')}]-() ON EACH [r.evidenceSources] OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'keyword' } }`;
}

/** Labels and relationship types only ever come from the data model; this guards the splice. */
export function assertCypherName(name: string): void {
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) {
    throw new Error(`Refusing to use "${name}" as a Cypher label or type.`);
  }
}
