import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const CLIENT_DIST = join(process.cwd(), 'client', 'dist');

/** Builds the client as `npm start` does, so the browser tests exercise the production bundle. */
export function buildClient(): void {
  const result = spawnSync('npx', ['vite', 'build', '--config', 'client/vite.config.ts', '--logLevel', 'error'], {
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
}
