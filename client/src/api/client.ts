/**
 * The explorer's only door to the data: GraphQL over POST to /graphql.
 *
 * Every request is announced while it runs (the status bar shows a spinner and what is being
 * loaded). When the API or its database is unavailable, requests are not failed: they wait,
 * the outage banner says what is wrong, and its Retry button sends them again, so the view
 * completes by itself once the service is back.
 */

import type { Operation } from './operation.js';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export type OutageKind = 'api' | 'database';

export interface Outage {
  kind: OutageKind;
  message: string;
}

interface Waiting {
  send(): void;
}

export interface RequestOptions {
  /** Aborting it cancels the request (a newer one superseded it): it then rejects with code ABORTED. */
  signal?: AbortSignal;
}

export interface Activity {
  id: number;
  label: string;
}

const TIMEOUT_MILLIS = 20_000;

export class ApiClient {
  private nextId = 1;
  private readonly active = new Map<number, Activity>();
  private readonly waiting = new Set<Waiting>();
  private readonly activityListeners = new Set<(activity: Activity[]) => void>();
  private readonly outageListeners = new Set<(outage: Outage | null) => void>();
  private outage: Outage | null = null;

  constructor(private readonly endpoint = '/graphql') {}

  /**
   * Runs a query; `label` says what is loading ("neighbours of UNODC"). Variables and answer are
   * in the model's spelling (the operation translates). Rejects only with a non-outage ApiError.
   */
  request<T>(operation: Operation<T>, variables: Record<string, unknown>, label: string, options: RequestOptions = {}): Promise<T> {
    const { signal } = options;
    if (signal?.aborted) return Promise.reject(aborted());
    const activity = { id: this.nextId++, label };
    this.active.set(activity.id, activity);
    this.emitActivity();
    return new Promise<T>((resolve, reject) => {
      // A request waiting out an outage is dropped when it is cancelled, not sent again on Retry.
      signal?.addEventListener(
        'abort',
        () => {
          if (!this.waiting.delete(waiting)) return;
          this.finish(activity.id);
          this.setOutage(this.waiting.size ? this.outage : null);
          reject(aborted());
        },
        { once: true },
      );
      const waiting: Waiting = {
        send: () => {
          this.waiting.delete(waiting);
          this.send(operation, variables, signal).then(
            (data) => {
              this.finish(activity.id);
              this.setOutage(this.waiting.size ? this.outage : null);
              resolve(data);
            },
            (error: unknown) => {
              if (signal?.aborted) {
                this.finish(activity.id);
                reject(aborted());
                return;
              }
              const outage = outageOf(error);
              if (outage) {
                this.waiting.add(waiting);
                this.setOutage(outage);
                return;
              }
              this.finish(activity.id);
              reject(error instanceof ApiError ? error : new ApiError(String(error), undefined));
            },
          );
        },
      };
      waiting.send();
    });
  }

  /** Sends again every request that met the outage. */
  retry(): void {
    for (const waiting of [...this.waiting]) waiting.send();
  }

  get currentOutage(): Outage | null {
    return this.outage;
  }

  onActivity(listener: (activity: Activity[]) => void): void {
    this.activityListeners.add(listener);
  }

  onOutage(listener: (outage: Outage | null) => void): void {
    this.outageListeners.add(listener);
  }

  private async send<T>(operation: Operation<T>, variables: Record<string, unknown>, signal: AbortSignal | undefined): Promise<T> {
    let response: Response;
    const timeout = AbortSignal.timeout(TIMEOUT_MILLIS);
    try {
      response = await fetch(this.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query: operation.document, variables: operation.variablesToApi(variables) }),
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      });
    } catch {
      throw new ApiError('The explorer cannot reach its API.', 'NETWORK');
    }
    let body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
    try {
      body = await response.json();
    } catch (error) {
      // Cut off while the body was arriving (our timeout, a dropped connection): unreachable, so it waits and is retried.
      const cutOff = timeout.aborted || response.status >= 500;
      throw new ApiError(`The API answered with HTTP ${response.status} and no readable body (${(error as Error).name}: ${(error as Error).message}).`, cutOff ? 'NETWORK' : undefined);
    }
    const [first] = body.errors ?? [];
    if (first) throw new ApiError(first.message, first.extensions?.code ?? (response.status === 503 ? 'DATABASE_UNAVAILABLE' : undefined));
    if (!response.ok) throw new ApiError(`The API answered with HTTP ${response.status}.`, response.status >= 500 ? 'NETWORK' : undefined);
    try {
      return operation.resultFromApi(body.data);
    } catch (error) {
      throw new ApiError((error as Error).message, 'UNREADABLE_ANSWER');
    }
  }

  private finish(id: number): void {
    this.active.delete(id);
    this.emitActivity();
  }

  private setOutage(outage: Outage | null): void {
    if (outage?.kind === this.outage?.kind && outage?.message === this.outage?.message) return;
    this.outage = outage;
    for (const listener of this.outageListeners) listener(outage);
  }

  private emitActivity(): void {
    const activity = [...this.active.values()];
    for (const listener of this.activityListeners) listener(activity);
  }
}

function aborted(): ApiError {
  return new ApiError('The request was cancelled: a newer one replaced it.', 'ABORTED');
}

function outageOf(error: unknown): Outage | null {
  if (!(error instanceof ApiError)) return null;
  if (error.code === 'DATABASE_UNAVAILABLE') {
    return { kind: 'database', message: 'The graph database is not answering, so nothing new can be loaded.' };
  }
  if (error.code === 'NETWORK') {
    return { kind: 'api', message: 'The Nexus Graph server cannot be reached.' };
  }
  return null;
}
