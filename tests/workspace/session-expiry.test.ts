import { afterAll, describe, expect, inject, it } from 'vitest';
import { LAST_SEEN_RESOLUTION_MILLIS, SessionStore } from '../../server/auth/sessions.js';
import { findUserById } from '../../server/auth/users.js';
import { createLogger } from '../../server/logger.js';
import { createTestExecutor } from '../support/database.js';
import { createTestUser } from '../support/workspace.js';

const executor = createTestExecutor(inject('workspaceNeo4jUri'));
afterAll(() => executor.close());

const MINUTE = 60_000;
const settings = { idleMillis: 30 * MINUTE, absoluteMillis: 12 * 60 * MINUTE };

/** A session store whose clock the test moves on. */
function storeAt(start: number) {
  const time = { now: start };
  return { time, store: new SessionStore(executor, settings, createLogger('silent'), () => time.now) };
}

async function openSession(store: SessionStore) {
  const created = await createTestUser(executor, { role: 'editor' });
  const user = (await findUserById(executor, created.id))!;
  return executor.writeTransaction((tx) => store.open(tx, user));
}

describe('session expiry on a real Neo4j', () => {
  it('ends a session after SESSION_IDLE_MINUTES without a request', async () => {
    const { time, store } = storeAt(Date.parse('2030-01-01T08:00:00Z'));
    const { token } = await openSession(store);
    // Each request moves the idle expiry on: 58 minutes after sign-in, still signed in…
    time.now += 29 * MINUTE;
    expect(await store.viewerOfToken(token)).toMatchObject({ role: 'editor' });
    time.now += 29 * MINUTE;
    expect(await store.viewerOfToken(token)).toMatchObject({ role: 'editor' });
    // …and 30 minutes after the last request, signed out.
    time.now += 30 * MINUTE;
    expect(await store.viewerOfToken(token)).toBeNull();
  });

  it('writes the last use at most once a minute', async () => {
    const { time, store } = storeAt(Date.parse('2030-01-02T08:00:00Z'));
    const { id, token } = await openSession(store);
    const lastSeen = async () => (await executor.read('MATCH (s:Session {id: $id}) RETURN s.lastSeenAt AS at', { id }))[0]!.at;
    time.now += LAST_SEEN_RESOLUTION_MILLIS - 1;
    await store.viewerOfToken(token);
    expect(await lastSeen()).toBe('2030-01-02T08:00:00.000Z');
    time.now += 1;
    await store.viewerOfToken(token);
    expect(await lastSeen()).toBe('2030-01-02T08:01:00.000Z');
  });

  it('ends a session SESSION_ABSOLUTE_HOURS after sign-in, however busy', async () => {
    const { time, store } = storeAt(Date.parse('2030-01-03T08:00:00Z'));
    const { token } = await openSession(store);
    // A request every 20 minutes keeps it from idling, for 11 h 40 min…
    for (let step = 0; step < 35; step += 1) {
      time.now += 20 * MINUTE;
      expect(await store.viewerOfToken(token)).not.toBeNull();
    }
    // …and 12 h after sign-in it ends all the same.
    time.now += 20 * MINUTE;
    expect(await store.viewerOfToken(token)).toBeNull();
  });
});
