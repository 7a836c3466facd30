import { spawn } from 'node:child_process';
import { constants } from 'node:os';

/**
 * V8 heap limits a worker process runs with: small young-generation semi-spaces and a capped old space make
 * V8 collect page garbage early instead of letting it pile up (docs/benchmark.md has the measurements).
 */
export const WORKER_HEAP_FLAGS = ['--max-semi-space-size=2', '--max-old-space-size=256'] as const;

/**
 * Environment a worker process starts with (each unless already set): at most two glibc malloc arenas (Node's
 * threads — the workflow thread, libuv and Temporal core — otherwise each get their own, ~15 MB more resident at
 * the same load), and a fixed mmap threshold of 128 KiB: glibc otherwise raises it after each large free, and the
 * megabytes of a page's query buffers then come from the arenas and stay resident (~14 MB less at 98k resources).
 */
export const WORKER_ENV = { MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '131072' } as const;

/**
 * Flags of `hotpot dev`: the worker's heap flags (its worker runs in-process) and `--liftoff-only`, so the embedded
 * PGlite's WebAssembly is compiled by V8's baseline compiler only: ~90 MB less resident code for a demo-sized
 * store, at ~1.5× the database CPU (docs/benchmark.md).
 */
export const DEV_FLAGS = [...WORKER_HEAP_FLAGS, '--liftoff-only'] as const;

/** The V8 flags each command re-executes itself with when they are missing. */
const COMMAND_FLAGS: Record<string, readonly string[]> = { worker: WORKER_HEAP_FLAGS, dev: DEV_FLAGS };

/** The flags of `wanted` not already given in `execArgv` or `NODE_OPTIONS` (an operator's own value wins). */
export function missingFlags(
  execArgv: readonly string[],
  nodeOptions: string | undefined,
  wanted: readonly string[] = WORKER_HEAP_FLAGS,
): string[] {
  const given = [...execArgv, ...(nodeOptions ?? '').split(/\s+/)].map((f) =>
    f.split('=')[0]!.replace(/_/g, '-'),
  );
  return wanted.filter((flag) => !given.includes(flag.split('=')[0]!));
}

/**
 * For `hotpot worker` and `hotpot dev`: re-executes this process with the command's flags (and `WORKER_ENV` where
 * the environment does not say otherwise) when they are not set yet (in place
 * with `process.execve` where Node has it, else as a child whose exit code and signals are passed through).
 * Returns false when nothing was needed; otherwise never returns.
 */
export async function reexecWithCommandFlags(argv: readonly string[]): Promise<boolean> {
  const wanted = COMMAND_FLAGS[argv[2] ?? ''];
  if (!wanted) return false;
  const missing = missingFlags(process.execArgv, process.env.NODE_OPTIONS, wanted);
  if (!missing.length || process.env.HOTPOT_WORKER_REEXEC) return false;
  const args = [...process.execArgv, ...missing, ...argv.slice(1)];
  const env = { ...WORKER_ENV, ...process.env, HOTPOT_WORKER_REEXEC: '1' };
  if (typeof process.execve === 'function' && process.platform !== 'win32') {
    process.execve(process.execPath, [process.execPath, ...args], env);
  }
  const child = spawn(process.execPath, args, { stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  const code = await new Promise<number>((resolve) =>
    child.on('exit', (c, signal) => resolve(c ?? 128 + (signal ? constants.signals[signal] : 0))),
  );
  process.exit(code);
}
