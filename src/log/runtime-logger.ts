import { DefaultLogger, Runtime, type LogEntry, type LogLevel as SdkLogLevel } from '@temporalio/worker';
import type { LogLevel } from '../config/types.js';

/** Messages the SDK logs as warnings that are expected for Hotpot's activity-only session workers. */
const expected = new Set(['No workflows registered, not polling for workflow tasks']);

/** One log line: ISO time, level, message, then the attributes as JSON (easy to grep and to ship). */
export function formatLogLine(entry: LogEntry): string {
  const time = new Date(Number(entry.timestampNanos / 1_000_000n)).toISOString();
  const attrs =
    entry.meta && Object.keys(entry.meta).length ? ` ${JSON.stringify(entry.meta, jsonSafe)}` : '';
  return `${time} ${entry.level} ${entry.message}${attrs}`;
}

function jsonSafe(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Error) return { name: value.name, message: value.message };
  return value;
}

/**
 * Installs the Temporal runtime's logger for a worker process: the configured level (`log.level`), one line per
 * entry on stderr, and the SDK's expected "no workflows registered" notice of session workers demoted to debug.
 */
export function installWorkerLogger(level: LogLevel): void {
  const sdkLevel = level.toUpperCase() as SdkLogLevel;
  const logger = new DefaultLogger(sdkLevel, (entry) => {
    if (entry.level === 'WARN' && expected.has(entry.message) && sdkLevel !== 'DEBUG') return;
    process.stderr.write(`${formatLogLine(entry)}\n`);
  });
  Runtime.install({ logger });
}
