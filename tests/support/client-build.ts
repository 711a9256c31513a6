import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const CLIENT_DIST = join(process.cwd(), 'client', 'dist');

const STAMP = join(CLIENT_DIST, '.sources-hash');
const LOCK = join(process.cwd(), 'tests', 'artifacts', '.client-build-lock');
const LOCK_STALE_MILLIS = 120_000;

/**
 * Builds the client as `npm start` does, so the browser tests exercise the production bundle.
 * Several test files call this, two at a time: the first builds under a lock, the others find a
 * build of the very same sources (a hash of client/ and the data model) and reuse it.
 */
export function buildClient(): void {
  withLock(() => {
    const hash = sourcesHash();
    if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === hash) return;
    const result = spawnSync('npx', ['vite', 'build', '--config', 'client/vite.config.ts', '--logLevel', 'error'], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
    writeFileSync(STAMP, hash);
  });
}

function sourcesHash(): string {
  const hash = createHash('sha256');
  const files = [...walk(join(process.cwd(), 'client')), join(process.cwd(), 'model', 'data-model.ts'), join(process.cwd(), 'package-lock.json')];
  for (const file of files.sort()) hash.update(file).update(readFileSync(file));
  return hash.digest('hex');
}

function* walk(directory: string): Generator<string> {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const path = join(directory, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

function withLock(task: () => void): void {
  mkdirSync(join(LOCK, '..'), { recursive: true });
  const deadline = Date.now() + LOCK_STALE_MILLIS;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // A lock left by a crashed run goes stale; a live one is waited for.
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > LOCK_STALE_MILLIS) rmSync(LOCK, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`Timed out waiting for another client build (${LOCK}).`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    task();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
