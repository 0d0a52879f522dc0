import pino, { type Logger } from 'pino';
import pretty from 'pino-pretty';

export type { Logger };

export type LogFormat = 'json' | 'pretty';

/**
 * LOG_FORMAT: `json` (one object per line, for log collectors) or `pretty` (for people); unset, pretty
 * on a terminal and JSON otherwise.
 */
export function logFormat(env: NodeJS.ProcessEnv = process.env, terminal = process.stdout.isTTY === true): LogFormat {
  if (env.LOG_FORMAT === 'json' || env.LOG_FORMAT === 'pretty') return env.LOG_FORMAT;
  return terminal ? 'pretty' : 'json';
}

/** One structured logger per process; `service` is on every line. */
export function createLogger(service: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  const options = { level, base: { service }, timestamp: pino.stdTimeFunctions.isoTime };
  if (logFormat() === 'json') return pino(options);
  // Written in this process (no worker thread), so that nothing is lost when it exits.
  return pino(
    options,
    pretty({
      sync: true,
      colorize: true,
      singleLine: true,
      translateTime: 'SYS:HH:MM:ss',
      ignore: 'pid,hostname,service',
      messageFormat: '{service}: {msg}',
    }),
  );
}
