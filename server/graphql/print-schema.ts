/**
 * Writes docs/schema.graphql: the whole schema in one file, the enums generated from the data
 * model included, for analysts who read the API rather than browse it in GraphiQL.
 * A test fails when it is out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printedSchema } from './schema.js';

export const PRINTED_SCHEMA_FILE = fileURLToPath(new URL('../../docs/schema.graphql', import.meta.url));

export const PRINTED_SCHEMA_HEADER =
  '# Generated from server/**/schema.graphql and model/data-model.ts by `npm run schema:print`; do not edit.\n\n';

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(PRINTED_SCHEMA_FILE, PRINTED_SCHEMA_HEADER + printedSchema());
  console.log(`Wrote ${PRINTED_SCHEMA_FILE}`);
}
