import { DefaultLogger, Runtime, type LogEntry, type LogLevel as SdkLogLevel } from '@temporalio/worker';
import { pino } from 'pino';
import { redactKnownSecrets } from '../config/known-secrets.js';
import type { LogLevel } from '../config/types.js';

/** Messages the SDK logs as warnings that are expected for Hotpot's activity-only session workers. */
const expected = new Set(['No workflows registered, not polling for workflow tasks']);

/** True for an SDK notice that is expected in Hotpot and says nothing to an operator. */
function isExpectedNotice(entry: Pick<LogEntry, 'level' | 'message'>): boolean {
  return entry.level === 'WARN' && expected.has(entry.message);
}

/** One log line: ISO time, level, message, then the attributes as JSON (easy to grep and to ship). */
export function formatLogLine(entry: LogEntry): string {
  const time = new Date(Number(entry.timestampNanos / 1_000_000n)).toISOString();
  const attrs =
    entry.meta && Object.keys(entry.meta).length ? ` ${JSON.stringify(entry.meta, jsonSafe)}` : '';
  return redactKnownSecrets(`${time} ${entry.level} ${entry.message}${attrs}`);
}

function jsonSafe(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Error) return { name: value.name, message: value.message };
  return value;
}

/** A writer of log entries as pino JSON lines: `time`, `level`, `msg`, and the entry's attributes at top level. */
function jsonLogWriter(level: LogLevel, destination: pino.DestinationStream): (entry: LogEntry) => void {
  const logger = pino({ level, base: null, timestamp: false }, destination);
  return (entry) => {
    const attrs = JSON.parse(redactKnownSecrets(JSON.stringify(entry.meta ?? {}, jsonSafe))) as Record<
      string,
      unknown
    >;
    const time = new Date(Number(entry.timestampNanos / 1_000_000n)).toISOString();
    const method =
      entry.level === 'TRACE' ? 'trace' : (entry.level.toLowerCase() as 'debug' | 'info' | 'warn' | 'error');
    logger[method]({ time, ...attrs }, redactKnownSecrets(entry.message));
  };
}

/** Options of a worker process's runtime: log level and format, and where the core serves its own metrics. */
export interface WorkerRuntimeOptions {
  level: LogLevel;
  format?: 'text' | 'json';
  /** `host:port` for the Temporal core's Prometheus exporter, when metrics are served. */
  runtimeMetricsAddress?: string;
}

/**
 * Installs the Temporal runtime for a worker process: the configured level and format (one line per entry on
 * stderr), the SDK's expected "no workflows registered" notice of session workers dropped below debug, and the
 * core's Prometheus exporter when asked.
 */
export function installWorkerLogger(options: WorkerRuntimeOptions | LogLevel): void {
  const {
    level,
    format = 'text',
    runtimeMetricsAddress,
  } = typeof options === 'string' ? { level: options } : options;
  const sdkLevel = level.toUpperCase() as SdkLogLevel;
  const write =
    format === 'json'
      ? jsonLogWriter(level, pino.destination(2))
      : (entry: LogEntry) => process.stderr.write(`${formatLogLine(entry)}\n`);
  const logger = new DefaultLogger(sdkLevel, (entry) => {
    if (isExpectedNotice(entry) && sdkLevel !== 'DEBUG') return;
    write(entry);
  });
  Runtime.install({
    logger,
    ...(runtimeMetricsAddress
      ? { telemetryOptions: { metrics: { prometheus: { bindAddress: runtimeMetricsAddress } } } }
      : {}),
  });
}

/** A quiet runtime for tests, the bench and `hotpot dev`: warnings and errors only, expected notices dropped. */
export function installQuietLogger(level: SdkLogLevel = 'WARN'): void {
  Runtime.install({
    logger: new DefaultLogger(level, (entry) => {
      if (!isExpectedNotice(entry)) process.stderr.write(`${formatLogLine(entry)}\n`);
    }),
  });
}
