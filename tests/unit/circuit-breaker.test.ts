import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from '../../server/database/circuit-breaker.js';
import { createLogger } from '../../server/logger.js';
import { eventually } from '../support/eventually.js';

/** A probe that fails until `databaseUp` is set, counting its attempts and when they happened. */
function probeOf(state: { databaseUp: boolean; attempts: number[] }) {
  return async () => {
    state.attempts.push(Date.now());
    if (!state.databaseUp) throw new Error('connection refused');
  };
}

describe('the circuit that remembers the database is down', () => {
  it('is closed until a query finds the database unreachable, then refuses until a probe succeeds', async () => {
    const state = { databaseUp: false, attempts: [] as number[] };
    const circuit = new CircuitBreaker(probeOf(state), createLogger('silent'), { initialBackoffMillis: 20, maxBackoffMillis: 80 });
    expect(circuit.isOpen).toBe(false);

    circuit.trip('ServiceUnavailable');
    expect(circuit.isOpen).toBe(true);
    await eventually(() => state.attempts.length >= 4, 2_000, 5);
    expect(circuit.isOpen).toBe(true);

    state.databaseUp = true;
    await eventually(() => !circuit.isOpen, 2_000, 5);
    const probesWhenClosed = state.attempts.length;
    await new Promise((resolve) => setTimeout(resolve, 200));
    // Closed again: no more probing, queries are the traffic.
    expect(state.attempts.length).toBe(probesWhenClosed);
    circuit.dispose();
  });

  it('backs off between probes, doubling up to the maximum', async () => {
    const state = { databaseUp: false, attempts: [] as number[] };
    const circuit = new CircuitBreaker(probeOf(state), createLogger('silent'), { initialBackoffMillis: 20, maxBackoffMillis: 80 });
    const tripped = Date.now();
    circuit.trip('ServiceUnavailable');
    await eventually(() => state.attempts.length >= 5, 3_000, 5);
    circuit.dispose();
    const gaps = [state.attempts[0]! - tripped, ...state.attempts.slice(1).map((time, index) => time - state.attempts[index]!)];
    // 20, 40, 80, 80, 80 ms (timers fire late, never early).
    expect(gaps[0]).toBeGreaterThanOrEqual(19);
    expect(gaps[1]).toBeGreaterThanOrEqual(39);
    expect(gaps[2]).toBeGreaterThanOrEqual(79);
    expect(gaps[4]).toBeGreaterThanOrEqual(79);
    expect(gaps[4]).toBeLessThan(400);
  });

  it('opens once for many failures, and a success from a query closes it at once', () => {
    const state = { databaseUp: false, attempts: [] as number[] };
    const circuit = new CircuitBreaker(probeOf(state), createLogger('silent'), { initialBackoffMillis: 10_000, maxBackoffMillis: 10_000 });
    circuit.trip('ServiceUnavailable');
    circuit.trip('SessionExpired');
    expect(circuit.isOpen).toBe(true);
    circuit.recordSuccess();
    expect(circuit.isOpen).toBe(false);
    circuit.dispose();
  });
});
