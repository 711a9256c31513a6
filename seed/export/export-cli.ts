/**
 * `npm run seed:export-edits [-- --out <folder>]`: writes the accepted edits of the workspace
 * (the records the editors' dataset owns) as seed files in <folder> (default exported-edits/),
 * laid out as seed/ is, for curators to review into seed/ through the repository.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { readConfig } from '../../server/config.js';
import { createExecutor } from '../../server/database/driver.js';
import { createLogger } from '../../server/logger.js';
import { exportEdits } from './export-edits.js';
import { readEdits } from './read-edits.js';

const outIndex = process.argv.indexOf('--out');
const out = resolve(outIndex >= 0 ? (process.argv[outIndex + 1] ?? 'exported-edits') : 'exported-edits');
const config = readConfig();
const uri = config.neo4j.uri ?? `bolt://127.0.0.1:${config.neo4j.localPort}`;
const executor = createExecutor({ ...config.neo4j, uri }, createLogger('warn'));
try {
  const { files, skipped } = exportEdits(await readEdits(executor));
  for (const [path, content] of files) {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), content);
  }
  console.log(`${files.size} files written to ${out}`);
  for (const line of skipped) console.log(`not exported: ${line}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await executor.close();
}
