import { spawn, type ChildProcess } from 'node:child_process';
import { Connection } from '@temporalio/client';
import { HotpotError } from '../errors.js';
import { freePort } from './free-port.js';
import { ensureTemporalCli } from './install-cli.js';

/** Options for a local Temporal dev server. */
export interface DevServerOptions {
  /** Frontend gRPC port; a free one when omitted. */
  port?: number;
  /** Web UI port; the UI is off (headless) when omitted. */
  uiPort?: number;
  /** SQLite file that keeps history across restarts; in memory when omitted. */
  dbFile?: string;
  namespace?: string;
  /** How long to wait for the frontend to answer; CI machines need far more than createLocal's 5 s. */
  readyTimeoutMs?: number;
  onProgress?: (line: string) => void;
}

/** A running dev server: its frontend address, UI URL (when enabled) and a stop() that waits for exit. */
export interface DevServer {
  address: string;
  namespace: string;
  uiUrl: string | undefined;
  pid: number;
  stop(): Promise<void>;
}

/**
 * Starts `temporal server start-dev` on 127.0.0.1 and resolves once the frontend answers. Ports it picks itself
 * can be taken by another process between picking and binding; a start that fails on a bind is retried with
 * fresh ones (twice at most).
 */
export async function startDevServer(options: DevServerOptions = {}): Promise<DevServer> {
  const binary = await ensureTemporalCli(options.onProgress);
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(binary, options);
    } catch (err) {
      if (!(err instanceof RetryableStartError) || attempt >= 3) throw err;
    }
  }
}

/**
 * The server exited at start because a port was taken, or it panicked while building its services (seen once in CI
 * under load; the internal services bind ports the server picks itself). Either is retried with fresh ports.
 */
class RetryableStartError extends HotpotError {}

async function startOnce(binary: string, options: DevServerOptions): Promise<DevServer> {
  const port = options.port ?? (await freePort());
  const namespace = options.namespace ?? 'default';
  const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(port), '--namespace', namespace];
  args.push(
    '--log-level',
    'error',
    '--http-port',
    String(await freePort()),
    '--metrics-port',
    String(await freePort()),
  );
  if (options.uiPort === undefined) args.push('--headless');
  else args.push('--ui-port', String(options.uiPort), '--ui-ip', '127.0.0.1');
  if (options.dbFile) args.push('--db-filename', options.dbFile);

  const child = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const stderr = new StderrCapture();
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => stderr.add(chunk));
  const address = `127.0.0.1:${port}`;
  try {
    await waitForFrontend(address, child, options.readyTimeoutMs ?? 60_000, () => stderr.text());
  } catch (err) {
    await stopChild(child);
    if (stderr.retryable) throw new RetryableStartError((err as Error).message);
    throw err;
  }
  return {
    address,
    namespace,
    uiUrl: options.uiPort === undefined ? undefined : `http://127.0.0.1:${options.uiPort}`,
    pid: child.pid ?? -1,
    stop: () => stopChild(child),
  };
}

/**
 * The server's stderr for an error message: its first and last 2,000 characters. A bind failure or a panic is looked
 * for in every chunk, because a panic's stack trace pushes its first line far from the end.
 */
export class StderrCapture {
  #head = '';
  #tail = '';
  #length = 0;
  /** A bind failure or a panic was seen: a start that may succeed with fresh ports. */
  retryable = false;

  add(chunk: string): void {
    if (/address already in use|^panic: /im.test(this.#tail.slice(-100) + chunk)) this.retryable = true;
    if (this.#head.length < 2000) this.#head += chunk.slice(0, 2000 - this.#head.length);
    this.#tail = (this.#tail + chunk).slice(-2000);
    this.#length += chunk.length;
  }

  text(): string {
    const rest = this.#length - this.#head.length;
    if (rest <= 2000) return (this.#head + (rest > 0 ? this.#tail.slice(-rest) : '')).trim();
    return `${this.#head.trim()}\n…\n${this.#tail.trim()}`;
  }
}

async function waitForFrontend(
  address: string,
  child: ChildProcess,
  timeoutMs: number,
  stderr: () => string,
) {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  child.once('exit', () => (exited = true));
  for (;;) {
    if (exited) throw new HotpotError(`the Temporal dev server exited at start:\n${stderr().trim()}`);
    try {
      const connection = await Connection.connect({ address, connectTimeout: 1000 });
      try {
        await connection.withDeadline(Date.now() + 2000, () => connection.workflowService.getSystemInfo({}));
        return;
      } finally {
        await connection.close();
      }
    } catch {
      if (Date.now() > deadline) {
        throw new HotpotError(`the Temporal dev server at ${address} did not answer within ${timeoutMs} ms`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
