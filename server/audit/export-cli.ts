/**
 * `npm run audit:export [-- --out <file>]`: writes the whole audit trail as JSON lines (one event
 * a line, in sequence order, each with its hash and its predecessor's), checks the hash chain on
 * the way, and records the export itself as an AUDIT_EXPORTED event. Without --out, to stdout.
 */
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { readQuery } from '../../cypher/index.js';
import { readConfig } from '../config.js';
import { createExecutor } from '../database/driver.js';
import { createLogger } from '../logger.js';
import { appendAuditEvent, storedAuditEvent, verifyAuditChain } from './audit-log.js';

const PAGE = readQuery('audit-log-page');
const BATCH = 1_000;

const outIndex = process.argv.indexOf('--out');
const out = outIndex >= 0 ? createWriteStream(process.argv[outIndex + 1] ?? 'audit-log.jsonl') : process.stdout;
const config = readConfig();
const uri = config.neo4j.uri ?? `bolt://127.0.0.1:${config.neo4j.localPort}`;
const executor = createExecutor({ ...config.neo4j, uri }, createLogger('warn'));
try {
  let after = 0;
  let previousHash = '';
  let count = 0;
  for (;;) {
    const [row] = await executor.read(PAGE, { after, first: BATCH - 1 });
    const events = ((row?.events as Record<string, unknown>[] | undefined) ?? []).map(storedAuditEvent).sort((a, b) => a.sequence - b.sequence);
    if (events.length === 0) break;
    const broken = verifyAuditChain(events, previousHash);
    if (broken) throw new Error(`The audit chain is broken: ${broken}.`);
    for (const event of events) out.write(`${JSON.stringify(event)}\n`);
    count += events.length;
    after = events.at(-1)!.sequence;
    previousHash = events.at(-1)!.hash;
  }
  await executor.writeTransaction((transaction) =>
    appendAuditEvent(transaction, {
      action: 'AUDIT_EXPORTED',
      actor: { userId: 'cli', name: 'command line' },
      subjectKind: 'AUDIT_LOG',
      subjectId: 'audit',
      after: { events: count, lastSequence: after },
      origin: { requestId: `cli-${randomUUID()}`, address: 'local' },
    }),
  );
  process.stderr.write(`${count} audit events exported; the hash chain is intact.\n`);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  if (out !== process.stdout) out.end();
  await executor.close();
}
