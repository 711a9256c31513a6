import { AsyncLocalStorage } from 'node:async_hooks';
import { pino, stdSerializers, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** The request being served, for whatever logs while serving it (the executor, yoga, the HTTP layer). */
const currentRequest = new AsyncLocalStorage<{ requestId: string }>();

/** Runs `work` (and everything it starts) as part of the request `requestId`. */
export function inRequest<T>(requestId: string, work: () => T): T {
  return currentRequest.run({ requestId }, work);
}

/** The id of the request being served, if any. */
export function currentRequestId(): string | undefined {
  return currentRequest.getStore()?.requestId;
}

/**
 * Structured JSON logs (pino): one line per event, detail for operators, never sent to clients.
 * Every line written while serving a request carries its `requestId`, whichever module logs it,
 * so one failed request can be followed through the log. Errors go under `err`, where pino's
 * serializer prints their type, message and stack.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'nexus-graph' },
    serializers: { err: stdSerializers.err },
    // A second wall behind the code's own care: whatever logs these keys, their values never reach the log.
    redact: { paths: ['password', '*.password', 'cookie', '*.cookie', 'headers.cookie', '*.headers.cookie', 'token', '*.token'], censor: '[redacted]' },
    mixin: () => {
      const requestId = currentRequestId();
      return requestId ? { requestId } : {};
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
