/**
 * Builds the scale benchmark's database (or finds it already built) and prints what is in it.
 *
 *   npm run bench:scale:build -- --entities 100000 --relations 1000000   (the defaults)
 *   npm run bench:scale:build -- --entities 2000 --relations 20000       (a quick one)
 *   npm run bench:scale:serve                                            (build, then keep it
 *       running and print its bolt URI until Ctrl-C, for PROFILE from other shells)
 *
 * Options: --seed, --supernodes (0-3), --supernode-degree, --home (or BENCH_SCALE_HOME).
 */
import { execFileSync } from 'node:child_process';
import { DEFAULT_SCALE_HOME, openScaleDatabase } from './scale-database.js';
import { readScaleArguments } from './scale-options.js';
import { SyntheticGraph } from './synthetic-records.js';

const say = (line: string) => console.log(`[bench:scale] ${line}`);
const args = readScaleArguments(process.argv.slice(2));
const home = args.home ?? DEFAULT_SCALE_HOME;
say(`Synthetic graph ${JSON.stringify(args.graph)} in ${home}`);
const started = performance.now();
const database = await openScaleDatabase({ home, graph: args.graph, log: say });
try {
  const [counts] = await database.executor.read(
    `CALL () { MATCH (entity:Entity) RETURN count(entity) AS entities }
     CALL () { MATCH ()-[relation]->() RETURN count(relation) AS relations }
     CALL () { MATCH (source:Source) RETURN count(source) AS sources }
     RETURN entities, relations, sources`,
  );
  say(`In the database (curated seed included): ${JSON.stringify(counts)}`);
  const hubs = await database.executor.read(
    'UNWIND $ids AS id MATCH (hub:Entity {id: id}) RETURN id, COUNT { (hub)--() } AS degree',
    { ids: new SyntheticGraph(args.graph).supernodeIds },
  );
  say(`Supernodes: ${hubs.map((hub) => `${String(hub.id)} ${String(hub.degree)} relations`).join(', ') || 'none'}`);
  say(`Generation ${database.generationSeconds.toFixed(0)} s${database.reused ? ' (in an earlier run)' : ''}; this run ${((performance.now() - started) / 1000).toFixed(0)} s`);
  say(`Size on disk: ${execFileSync('du', ['-sh', home], { encoding: 'utf8' }).split('\t')[0]}`);
  if (args.serve) {
    say(`Serving: BENCH_SCALE_URI=${database.uri} (no auth needed); Ctrl-C stops it.`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
  }
} finally {
  await database.stop();
}
