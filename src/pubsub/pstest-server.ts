import { spawn } from 'node:child_process';
import path from 'node:path';
import { HotpotError } from '../errors.js';
import { packageRoot } from '../package-root.js';
import { freePort } from '../temporal/free-port.js';

/** A running Pub/Sub test server: its `host:port` (for PUBSUB_EMULATOR_HOST) and a stop() that waits for exit. */
export interface PubSubServer {
  host: string;
  pid: number;
  stop(): Promise<void>;
}

/** Finds or builds Google's Pub/Sub test server via scripts/install-pstest.sh; progress lines go to onProgress. */
async function ensurePstest(onProgress: (line: string) => void = () => {}): Promise<string> {
  const script = path.join(packageRoot, 'scripts', 'install-pstest.sh');
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      for (const line of chunk.split('\n')) if (line.trim()) onProgress(line);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const binary = stdout.trim().split('\n').pop() ?? '';
      if (code === 0 && binary) resolve(binary);
      else
        reject(new HotpotError(`could not build the Pub/Sub test server (exit ${code}):\n${stderr.trim()}`));
    });
  });
}

/**
 * Starts the Pub/Sub test server on 127.0.0.1 (a free port, or `port` to come back on the same one after a
 * restart) and resolves once it listens. Its state is in memory: a restart loses topics and messages.
 */
export async function startPubSubServer(
  options: { port?: number; onProgress?: (line: string) => void } = {},
): Promise<PubSubServer> {
  const binary = await ensurePstest(options.onProgress);
  const port = options.port ?? (await freePort());
  const child = spawn(binary, ['--host', '127.0.0.1', '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new HotpotError('the Pub/Sub test server did not start in 30 s')),
      30_000,
    );
    const onData = (chunk: string) => {
      output += chunk;
      if (output.includes('pstest listening on')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', onData);
    child.on('error', (err) => (clearTimeout(timer), reject(err)));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(
        new HotpotError(`the Pub/Sub test server exited (${code}) at start: ${output.trim().slice(-500)}`),
      );
    });
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    host: `127.0.0.1:${port}`,
    pid: child.pid!,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
