import { createLogger, type Logger } from '../../server/logger.js';

export type LogLine = Record<string, unknown> & { msg?: string; requestId?: string; err?: { type: string; message: string; stack: string } };

/** The server's real logger, writing its JSON lines into memory so that a test can read them. */
export function memoryLogger(level = 'debug'): { logger: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const logger = createLogger(level, { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) });
  return { logger, lines };
}
