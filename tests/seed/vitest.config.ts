import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The seed tests are pure (files in, issues out), so they run without the repository config's
 * global setup, which starts a real Neo4j:
 *   npx vitest run --config tests/seed/vitest.config.ts
 */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/seed/**/*.test.ts'],
  },
});
