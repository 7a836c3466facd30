import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { childReply } from './child-reply.js';
import { WORKER_ENV, WORKER_HEAP_FLAGS } from '../worker/worker-heap.js';
import type { BenchWorkerConfig, WorkerReply, WorkerRequest, WorkerStats } from './worker-protocol.js';

/** A Hotpot worker running in its own process, so its RSS is its own. */
export interface WorkerChild {
  pid: number;
  /** The worker's Prometheus `/metrics`. */
  metricsUrl: string;
  stats(): Promise<WorkerStats>;
  resetPeak(): Promise<void>;
  stop(): Promise<void>;
}

/** Forks dist/bench/worker-process.js and waits until its worker polls. */
export async function startWorkerChild(config: BenchWorkerConfig): Promise<WorkerChild> {
  const child = fork(fileURLToPath(new URL('./worker-process.js', import.meta.url)), [], {
    env: { ...WORKER_ENV, ...process.env, HOTPOT_BENCH_WORKER: JSON.stringify(config) },
    execArgv: [...WORKER_HEAP_FLAGS],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const { metricsUrl } = await reply(child, undefined, 'ready');
  return {
    pid: child.pid ?? 0,
    metricsUrl,
    stats: async () => {
      const r = await reply(child, { type: 'stats' }, 'stats');
      return { rss: r.rss, peakRss: r.peakRss, constructions: r.constructions };
    },
    resetPeak: async () => {
      await reply(child, { type: 'reset-peak' }, 'reset-peak');
    },
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.send({ type: 'stop' } satisfies WorkerRequest);
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

function reply<T extends WorkerReply['type']>(
  child: ChildProcess,
  request: WorkerRequest | undefined,
  type: T,
): Promise<Extract<WorkerReply, { type: T }>> {
  return childReply<WorkerReply, T>(child, 'bench worker process', request, type);
}
