import { readdirSync } from 'node:fs';
import { readQuery } from '../../cypher/index.js';
import { Executor, type Parameters } from '../../server/database/executor.js';

export interface CapturedQuery {
  query: string;
  parameters: Parameters;
}

type Read = (this: Executor, query: string, parameters?: Parameters, ...rest: unknown[]) => Promise<unknown>;

/**
 * Runs `work` (one API request) while recording every read the executor runs, in order, with
 * its parameters: exactly the Cypher the API sends for that request, whatever the resolvers
 * do today. The benchmark profiles it, and replays it with the bare driver as the baseline.
 * Requests must not overlap while capturing.
 */
export async function captureQueries(work: () => Promise<unknown>): Promise<CapturedQuery[]> {
  const prototype = Executor.prototype as unknown as { read: Read };
  const original = prototype.read;
  const captured: CapturedQuery[] = [];
  prototype.read = function (this: Executor, query, parameters = {}, ...rest) {
    captured.push({ query, parameters });
    return original.call(this, query, parameters, ...rest);
  };
  try {
    await work();
  } finally {
    prototype.read = original;
  }
  return captured;
}

let named: Map<string, string> | undefined;

/**
 * The name of the cypher/queries file a captured query came from, by its first line (each file
 * opens with a comment saying what it returns; resolvers may expand or assemble the rest).
 */
export function queryName(query: string): string {
  const firstLine = (text: string) => text.trim().split('\n')[0]!.trim();
  named ??= new Map(
    readdirSync(new URL('../../cypher/queries/', import.meta.url))
      .filter((file) => file.endsWith('.cypher'))
      .map((file) => file.replace(/\.cypher$/, ''))
      .map((name) => [firstLine(readQuery(name)), name]),
  );
  return named.get(firstLine(query)) ?? '(inline)';
}
