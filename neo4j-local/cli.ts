/**
 * `npm run neo4j`: runs the local Neo4j in the foreground until Ctrl-C, restarting it if it dies.
 * NEO4J_PORT (default 7687) and NEO4J_HOME (default .neo4j/local) choose where.
 */
import { resolve } from 'node:path';
import { superviseLocalNeo4j } from './supervisor.js';

const home = resolve(process.env.NEO4J_HOME ?? '.neo4j/local');
const port = Number(process.env.NEO4J_PORT ?? 7687);

const neo4j = await superviseLocalNeo4j({ home, port, log: (line) => console.log(line) });
console.log(`Neo4j Community is ready at ${neo4j.uri} (started in ${neo4j.startupMillis} ms; data in ${home}). Ctrl-C stops it.`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.log('Stopping Neo4j…');
    void neo4j.stop().then(() => process.exit(0));
  });
}
