/**
 * Runs the API alone against an already running Neo4j (NEO4J_URI, or the local one on
 * NEO4J_PORT) — what the docker-compose `app` service runs. `npm start` does more: see scripts/start.ts.
 */
import { fileURLToPath } from 'node:url';
import { readConfig } from './config.js';
import { startServer } from './start-server.js';

const config = readConfig();
const clientDirectory = fileURLToPath(new URL('../client/dist', import.meta.url));
const running = await startServer({
  config,
  neo4jUri: config.neo4j.uri ?? `bolt://127.0.0.1:${config.neo4j.localPort}`,
  clientDirectory,
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void running.close().then(() => process.exit(0)));
}
