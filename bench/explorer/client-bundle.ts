import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleFile {
  file: string;
  raw: number;
  gzip: number;
}

/**
 * Builds the client as `npm run build:client` does, into `outDir` rather than client/dist: the
 * browser tests running alongside build and serve client/dist, and must not see it change under
 * them. With a git `revision`, builds the client as committed there instead of the working tree
 * (to compare revisions, or to measure while the tree is mid-edit).
 */
export function buildClient(outDir: string, revision?: string): void {
  const checkout = revision ? exportRevision(revision) : undefined;
  try {
    const root = checkout ?? process.cwd();
    const result = spawnSync('npx', ['vite', 'build', '--config', join(root, 'client', 'vite.config.ts'), '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
      encoding: 'utf8',
      timeout: 180_000,
    });
    if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
  } finally {
    if (checkout) rmSync(checkout, { recursive: true, force: true });
  }
}

/** The client and the data model it imports, as committed at `revision`, beside this checkout's node_modules. */
function exportRevision(revision: string): string {
  const checkout = mkdtempSync(join(tmpdir(), 'nexus-bench-revision-'));
  const archive = execFileSync('git', ['archive', '--format=tar', revision, 'client', 'model'], { maxBuffer: 256 * 1024 * 1024 });
  execFileSync('tar', ['-x', '-C', checkout], { input: archive });
  symlinkSync(join(process.cwd(), 'node_modules'), join(checkout, 'node_modules'));
  return checkout;
}

/** Every file under assets/, raw and gzipped (zlib's default level, as Vite's own build report counts). */
export function bundleSizes(outDir: string): BundleFile[] {
  const assets = join(outDir, 'assets');
  return readdirSync(assets)
    .sort()
    .map((file) => {
      const content = readFileSync(join(assets, file));
      return { file, raw: content.length, gzip: gzipSync(content).length };
    });
}
