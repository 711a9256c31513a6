import { startLocalNeo4j, type LocalNeo4j, type LocalNeo4jOptions } from './local-neo4j.js';

export interface SupervisorOptions extends LocalNeo4jOptions {
  /** Wait before the first restart; doubles after each quick crash or failed start, up to `maxBackoffMillis`. */
  initialBackoffMillis?: number;
  maxBackoffMillis?: number;
  /** A run at least this long counts as healthy: the next crash restarts after the initial wait again. */
  stableMillis?: number;
}

export interface SupervisedNeo4j {
  readonly uri: string;
  readonly startupMillis: number;
  /** The java process's id right now (a restart changes it). */
  readonly pid: number;
  /** How many times the supervisor restarted Neo4j after it died. */
  readonly restarts: number;
  /** Stops Neo4j (and any restart under way) and waits for the process to exit. Safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Runs the local Neo4j and restarts it, with exponential backoff and a log line each time, when
 * it exits without being asked to (a crash, an OOM kill, `kill -9`). Same home, same port, so the
 * API's driver reconnects by itself: a crash of the database heals without a human.
 */
export async function superviseLocalNeo4j(options: SupervisorOptions): Promise<SupervisedNeo4j> {
  const log = options.log ?? (() => {});
  const initialBackoff = options.initialBackoffMillis ?? 1_000;
  const maxBackoff = options.maxBackoffMillis ?? 30_000;
  const stableMillis = options.stableMillis ?? 60_000;

  let current: LocalNeo4j = await startLocalNeo4j(options);
  let startedAt = Date.now();
  let backoff = initialBackoff;
  let restarts = 0;
  let stopped = false;
  let wakeUp: (() => void) | undefined;
  let restarting: Promise<void> | undefined;

  const sleep = (millis: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, millis);
      wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  async function restart(): Promise<void> {
    while (!stopped) {
      log(`Restarting Neo4j in ${(backoff / 1000).toFixed(1)} s…`);
      await sleep(backoff);
      backoff = Math.min(backoff * 2, maxBackoff);
      if (stopped) return;
      try {
        current = await startLocalNeo4j(options);
        startedAt = Date.now();
        restarts++;
        log(`Neo4j restarted at ${current.uri} (restart ${restarts}, started in ${(current.startupMillis / 1000).toFixed(1)} s)`);
        if (stopped) await current.stop();
        else watch(current);
        return;
      } catch (error) {
        log(`Neo4j did not restart: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }

  function watch(instance: LocalNeo4j): void {
    void instance.exited.then(({ code, signal, stopped: asked }) => {
      if (asked || stopped) return;
      if (Date.now() - startedAt >= stableMillis) backoff = initialBackoff;
      log(`Neo4j exited unexpectedly (${signal ?? `exit code ${code}`}).`);
      restarting = restart();
    });
  }
  watch(current);

  let stopping: Promise<void> | undefined;
  return {
    uri: current.uri,
    get startupMillis() {
      return current.startupMillis;
    },
    get pid() {
      return current.pid;
    },
    get restarts() {
      return restarts;
    },
    stop() {
      stopping ??= (async () => {
        stopped = true;
        wakeUp?.();
        await restarting;
        await current.stop();
      })();
      return stopping;
    },
  };
}
