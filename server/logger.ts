import { pino, type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs (pino): one line per event, detail for operators, never sent to clients. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'nexus-graph' } });
}
