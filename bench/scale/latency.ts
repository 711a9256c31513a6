export interface LatencyFigures {
  /** Milliseconds of each timed request, in the order they ran. */
  samples: number[];
  /** Set when a request failed (an error, a GraphQL error, a timeout): sampling stopped there. */
  failure?: string;
  /** True when sampling stopped early because one request was slower than `slowMillis`. */
  cutShort: boolean;
}

export interface SamplingBudget {
  /** Requests timed at most (after `warmUp` untimed ones). */
  iterations: number;
  /** Stop sampling after this much time, whatever the count. */
  seconds: number;
  /** One request slower than this ends the sampling: one such figure says enough. */
  slowMillis: number;
  warmUp: number;
}

/**
 * Times requests one after the other (latency, not throughput), cycling through `sends` (the
 * keystrokes of search-as-you-type; usually one request), within a budget in requests and in
 * time, so that a slow query costs seconds, not minutes.
 */
export async function sampleLatency(sends: (() => Promise<unknown>)[], budget: SamplingBudget): Promise<LatencyFigures> {
  const samples: number[] = [];
  try {
    for (let index = 0; index < budget.warmUp * sends.length; index += 1) {
      const started = performance.now();
      await sends[index % sends.length]!();
      // A warm-up that is already slow is the figure: do not pay for it again.
      if (performance.now() - started > budget.slowMillis) return { samples: [performance.now() - started], cutShort: true };
    }
    const deadline = performance.now() + budget.seconds * 1_000;
    while (samples.length < budget.iterations && performance.now() < deadline) {
      const started = performance.now();
      await sends[samples.length % sends.length]!();
      const elapsed = performance.now() - started;
      samples.push(elapsed);
      if (elapsed > budget.slowMillis) return { samples, cutShort: true };
    }
    return { samples, cutShort: false };
  } catch (error) {
    return { samples, cutShort: true, failure: error instanceof Error ? error.message : String(error) };
  }
}

/** The p-th percentile (0-100) of the samples, nearest rank; NaN when there are none. */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export interface GraphqlRequest {
  query: string;
  variables?: Record<string, unknown>;
}

/** POSTs one GraphQL request; throws on a non-200 answer or any GraphQL error. Returns the body's size. */
export async function postGraphql(url: string, request: GraphqlRequest, timeoutMillis: number): Promise<number> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify(request),
    signal: AbortSignal.timeout(timeoutMillis),
  });
  const text = await response.text();
  const body = JSON.parse(text) as { errors?: { message: string; extensions?: { code?: string } }[] };
  if (response.status !== 200 || body.errors) {
    const error = body.errors?.[0];
    throw new Error(`HTTP ${response.status}${error ? `: ${error.extensions?.code ?? ''} ${error.message}` : ''}`);
  }
  return text.length;
}
