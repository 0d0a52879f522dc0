import pino, { type Logger } from 'pino';

export type { Logger };

/** One structured JSON logger per process; `service` is on every line. */
export function createLogger(service: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ level, base: { service }, timestamp: pino.stdTimeFunctions.isoTime });
}
