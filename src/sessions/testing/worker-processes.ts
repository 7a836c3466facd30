import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** A JSON line a worker process printed. */
export interface WorkerEvent {
  event: string;
  pid: number;
  [key: string]: unknown;
}

/** A spawned session worker process. */
export interface WorkerProcess {
  child: ChildProcess;
  pid: number;
  stop(): Promise<void>;
}

/** Spawns `worker-process.js` with this Node (24), passes every event it prints to `onEvent`, and waits until its workers run. */
export async function spawnWorkerProcess(
  address: string,
  namespace: string,
  taskQueue: string,
  onEvent: (event: WorkerEvent) => void,
): Promise<WorkerProcess> {
  const script = fileURLToPath(new URL('./worker-process.js', import.meta.url));
  const child = spawn(process.execPath, [script, address, namespace, taskQueue], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    void exited.then(() => reject(new Error(`worker process ${child.pid} exited before it was ready`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      let parsed: WorkerEvent;
      try {
        parsed = JSON.parse(line) as WorkerEvent;
      } catch {
        return;
      }
      if (parsed.event === 'ready') resolve();
      onEvent(parsed);
    });
  });
  return {
    child,
    pid: child.pid ?? -1,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
