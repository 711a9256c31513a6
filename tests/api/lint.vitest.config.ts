import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * `npm run lint`: the GraphQL lint alone. It needs no database, so it runs without the
 * repository config's global setup (which starts Neo4j); the test writes the client's and the
 * cookbook's documents to files first, which eslint alone cannot do.
 */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  // One graphql copy, as in the repository config (see vitest.config.ts).
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  test: {
    include: ['tests/api/graphql-lint.test.ts'],
  },
});
