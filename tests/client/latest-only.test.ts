import { describe, expect, it } from 'vitest';
import { LatestOnly } from '../../client/src/core/requests/index.js';

/** A request whose answer the test releases when it wants, to play answers out of order. */
function deferred<T>(): { promise: Promise<T>; resolve(value: T): void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((settle) => (resolve = settle));
  return { promise, resolve };
}

/** A panel's load as the explorer's panels write it: ask, then show the answer only if it is still wanted. */
async function load(latest: LatestOnly, answer: Promise<string>, shown: string[]): Promise<void> {
  const ticket = latest.next();
  const value = await answer;
  if (ticket.current) shown.push(value);
}

describe('a latest-only request guard', () => {
  it('drops an answer that arrives after a newer request’s answer', async () => {
    const latest = new LatestOnly();
    const shown: string[] = [];
    const project = deferred<string>();
    const canada = deferred<string>();
    const first = load(latest, project.promise, shown);
    const second = load(latest, canada.promise, shown);
    canada.resolve('Canada’s roles');
    project.resolve('the project’s roles');
    await Promise.all([first, second]);
    expect(shown).toEqual(['Canada’s roles']);
  });

  it('drops an answer that arrives before the newer one, too: only the latest request is shown', async () => {
    const latest = new LatestOnly();
    const shown: string[] = [];
    const project = deferred<string>();
    const canada = deferred<string>();
    const first = load(latest, project.promise, shown);
    const second = load(latest, canada.promise, shown);
    project.resolve('the project’s roles');
    await first;
    canada.resolve('Canada’s roles');
    await second;
    expect(shown).toEqual(['Canada’s roles']);
  });

  it('aborts the superseded request’s signal, so its fetch is cancelled, and leaves the newest one running', () => {
    const latest = new LatestOnly();
    const first = latest.next();
    const second = latest.next();
    expect(first.signal.aborted).toBe(true);
    expect(first.current).toBe(false);
    expect(second.signal.aborted).toBe(false);
    expect(second.current).toBe(true);
  });

  it('cancels the request in flight when the panel is cleared', () => {
    const latest = new LatestOnly();
    const ticket = latest.next();
    latest.cancel();
    expect(ticket.signal.aborted).toBe(true);
    expect(ticket.current).toBe(false);
  });
});
