import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../cli/main.js', import.meta.url));
const clockShift = fileURLToPath(new URL('./clock-shift.js', import.meta.url));

/** One `hotpot worker` child process; its stdout and stderr go to `logFile`. */
export interface WorkerProcess {
  pid: number;
  logFile: string;
  child: ChildProcess;
  exited: Promise<void>;
}

/** Per-worker options: extra environment, a wall clock shifted by `clockOffsetMs`, another command (`listen`). */
export interface WorkerOptions {
  env?: Record<string, string>;
  clockOffsetMs?: number;
  /** The CLI arguments (default `worker`) and the output line that says the process is ready. */
  command?: { args: string[]; ready: string };
}

/** The `hotpot worker` processes of one scenario. */
export class WorkerPool {
  readonly all: WorkerProcess[] = [];
  private started = 0;

  constructor(
    private readonly env: Record<string, string>,
    private readonly logDir: string,
    private readonly name: string,
  ) {}

  /** Workers still running. */
  get alive(): WorkerProcess[] {
    return this.all.filter((w) => w.child.exitCode === null && w.child.signalCode === null);
  }

  /** Starts a worker; resolves once it prints `hotpot worker ready`. */
  start(options: WorkerOptions = {}): Promise<WorkerProcess> {
    const { args, ready } = options.command ?? { args: ['worker'], ready: 'hotpot worker ready' };
    const logFile = path.join(this.logDir, `${this.name}-${args[0]}-${++this.started}.log`);
    const log = createWriteStream(logFile, { flags: 'a' });
    const execArgv = options.clockOffsetMs ? ['--import', clockShift] : [];
    const child = spawn(process.execPath, [...execArgv, cli, ...args], {
      env: {
        ...cleanEnv(),
        ...this.env,
        ...options.env,
        ...(options.clockOffsetMs ? { HOTPOT_FAULTS_CLOCK_OFFSET_MS: String(options.clockOffsetMs) } : {}),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.pipe(log, { end: false });
    child.stderr?.pipe(log, { end: false });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    void exited.then(() => log.end());
    const worker: WorkerProcess = { pid: child.pid ?? -1, logFile, child, exited };
    this.all.push(worker);
    return new Promise((resolve, reject) => {
      let seen = '';
      child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
        seen = (seen + chunk).slice(-1000);
        if (seen.includes(ready)) resolve(worker);
      });
      child.once('exit', (code, signal) =>
        reject(new Error(`${args[0]} exited (${code ?? signal}) before it was ready; see ${logFile}`)),
      );
    });
  }

  /** SIGKILL: the process dies at once, its sessions and activities are lost. */
  async kill(worker: WorkerProcess): Promise<void> {
    worker.child.kill('SIGKILL');
    await worker.exited;
  }

  /** SIGTERM: graceful shutdown (in-flight activities finish or are handed back). */
  async terminate(worker: WorkerProcess): Promise<void> {
    worker.child.kill('SIGTERM');
    const timer = setTimeout(() => worker.child.kill('SIGKILL'), 30_000);
    await worker.exited;
    clearTimeout(timer);
  }

  /** Kills every worker still running. */
  async stopAll(): Promise<void> {
    await Promise.all(this.alive.map((w) => this.kill(w)));
  }
}

/** The parent's environment without Hotpot, Temporal, Vault or Google settings, which the scenario sets itself. */
function cleanEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined || /^(HOTPOT_|TEMPORAL_|VAULT_|GOOGLE_)/.test(k)) continue;
    env[k] = v;
  }
  return env;
}
