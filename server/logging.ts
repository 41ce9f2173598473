/**
 * The server's structured log: pino writing one JSON object per line to standard output (collect it with
 * journald, Docker or any log shipper). Request lines are written by server/http/request-context.ts.
 */
import pino, { type Logger } from 'pino';

export type { Logger };

/** Log levels accepted by LOG_LEVEL (server/env.ts). */
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** A JSON logger at `level` writing to `destination` (default standard output, synchronously). */
export function createLogger(level: LogLevel, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'zhongkai-land-map' },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  return destination ? pino(options, destination) : pino(options, pino.destination({ sync: true }));
}

/** A logger that writes nothing (tests, scripts). */
export const silentLogger: Logger = pino({ level: 'silent' });
