/**
 * A process that starts the local Neo4j and then only waits, like `npm start` does; tests kill
 * it to see what becomes of its database. Usage: node --import tsx neo4j-child.ts <home> <port>
 */
import { startLocalNeo4j } from '../../neo4j-local/local-neo4j.js';

const [home, port] = process.argv.slice(2);
const neo4j = await startLocalNeo4j({ home: home!, port: Number(port), pageCacheMiB: 32, heap: '384m' });
console.log(`NEO4J_PID ${neo4j.pid}`);
setInterval(() => {}, 60_000);
