/**
 * `npm run seed`: validates the seed files and imports them into the Neo4j at NEO4J_URI
 * (default bolt://127.0.0.1:$NEO4J_PORT, the local one `npm start` runs).
 * Exit code 1 with file › record › field: reason lines when the data is refused.
 */
import { readConfig } from '../server/config.js';
import { createExecutor } from '../server/database/driver.js';
import { createLogger } from '../server/logger.js';
import { formatSummary, seedDatabase } from './index.js';

const config = readConfig();
const uri = config.neo4j.uri ?? `bolt://127.0.0.1:${config.neo4j.localPort}`;
const executor = createExecutor({ ...config.neo4j, uri }, createLogger('warn'));
try {
  const summary = await seedDatabase(executor);
  console.log(formatSummary(summary));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await executor.close();
}
