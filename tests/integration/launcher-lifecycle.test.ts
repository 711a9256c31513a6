import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { startLocalNeo4j } from '../../neo4j-local/local-neo4j.js';
import { eventually } from '../support/eventually.js';
import { freePort } from '../support/ports.js';

const home = join(process.cwd(), '.neo4j', 'test-runs', `lifecycle-${process.pid}`);
const started: number[] = [];

/** Running, and not a zombie waiting to be reaped. */
function isRunning(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}


/** Starts Neo4j from a separate Node process (as `npm start` would) and resolves with both pids. */
async function startFromChildProcess(port: number): Promise<{ parent: number; java: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join('tests', 'support', 'neo4j-child.ts'), home, String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const java = await new Promise<number>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /^NEO4J_PID (\d+)/.exec(line);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`the child exited (${code}) before Neo4j was ready`)));
  });
  started.push(java);
  return { parent: child.pid!, java };
}

afterAll(async () => {
  // Whatever the outcome, leave no database of this test running.
  for (const pid of started) if (isRunning(pid)) process.kill(pid, 'SIGKILL');
  await eventually(() => started.every((pid) => !isRunning(pid)), 10_000).catch(() => undefined);
  rmSync(home, { recursive: true, force: true, maxRetries: 5, retryDelay: 500 });
});

describe('the local Neo4j lives no longer than the process that started it', () => {
  it('stops when that process is killed (SIGKILL), and the next start finds the data folder free', async () => {
    const { parent, java } = await startFromChildProcess(await freePort());
    expect(isRunning(java)).toBe(true);

    process.kill(parent, 'SIGKILL');
    await eventually(() => !isRunning(java), 30_000);
    expect(isRunning(java)).toBe(false);

    // What `npm start` does next: it gets the lock on the same folder and starts.
    const next = await startLocalNeo4j({ home, port: await freePort(), pageCacheMiB: 32, heap: '384m' });
    started.push(next.pid);
    await next.stop();
  }, 300_000);
});
