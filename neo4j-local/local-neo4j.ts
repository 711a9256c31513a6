import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { buildLauncher } from './build.js';

export interface LocalNeo4jOptions {
  /** Folder for the store, logs and lock file (git-ignored `.neo4j/…` by default). */
  home: string;
  host?: string;
  port?: number;
  pageCacheMiB?: number;
  /** Maximum Java heap, e.g. "1g". */
  heap?: string;
  log?: (line: string) => void;
}

export interface LocalNeo4j {
  readonly uri: string;
  readonly startupMillis: number;
  /** The java process's id (to watch or signal it; `stop()` is the way to end it). */
  readonly pid: number;
  /** Settles when the process has exited, however it ended: how, and whether `stop()` asked for it. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stopped: boolean }>;
  /** Stops the server and waits for the process to exit. Safe to call twice. */
  stop(): Promise<void>;
}

// Neo4j's embedded artefacts use reflection into these JDK packages (Netty, page cache).
const JVM_OPENS = [
  '--add-opens', 'java.base/java.nio=ALL-UNNAMED',
  '--add-opens', 'java.base/java.io=ALL-UNNAMED',
  '--add-opens', 'java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
];

const READY = /^NEO4J READY (\S+) in (\d+) ms/;
const FAILED = /^NEO4J FAILED (.*)$/;

/** Starts Neo4j Community on loopback and resolves once it accepts Bolt connections. */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? (() => {});
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? 7687;
  const classpath = buildLauncher(log);
  mkdirSync(options.home, { recursive: true });

  const child = spawn(
    'java',
    [
      ...JVM_OPENS,
      `-Xmx${options.heap ?? '1g'}`,
      '-cp', classpath,
      'NeoLauncher', options.home, host, String(port), String(options.pageCacheMiB ?? 256),
    ],
    // The launcher exits when its standard input ends, so this pipe ties its life to this
    // process: whatever ends Node (a crash, SIGKILL), Neo4j stops and releases its lock.
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let stopping: Promise<void> | undefined;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stopped: boolean }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, stopped: stopping !== undefined })),
  );

  // Nothing is ever written, but a pipe to a dead process may still report EPIPE on close.
  child.stdin!.on('error', () => {});

  const startupMillis = await waitUntilReady(child, log);
  return {
    uri: `bolt://${host}:${port}`,
    startupMillis,
    pid: child.pid!,
    exited,
    stop() {
      stopping ??= (async () => {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
        await exited;
      })();
      return stopping;
    },
  };
}

function waitUntilReady(child: ChildProcess, log: (line: string) => void): Promise<number> {
  return new Promise((resolve, reject) => {
    const errors: string[] = [];
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const ready = READY.exec(line);
      if (ready) resolve(Number(ready[2]));
      else if (line.startsWith('NEO4J')) log(line);
    });
    createInterface({ input: child.stderr! }).on('line', (line) => {
      const failed = FAILED.exec(line);
      if (failed) errors.push(failed[1]!);
      else if (/Exception|Error/.test(line)) errors.push(line);
    });
    child.once('error', (error) => reject(new Error(`Could not start java: ${error.message}`)));
    child.once('exit', (code) => {
      reject(new Error(`Neo4j exited before it was ready (code ${code}): ${errors.join(' | ') || 'see its logs'}`));
    });
  });
}
