import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startPgCluster, type PgCluster } from './pg-cluster.js';
import { startRestartableTemporal, type RestartableTemporal } from './temporal-server.js';
import type { WorkerPool } from './worker-pool.js';

/** The infrastructure every scenario shares: a private PostgreSQL cluster, a Temporal dev server, a log folder. */
export interface Lab {
  pg: PgCluster;
  temporal: RestartableTemporal;
  /** Worker logs and CLI output of every scenario. */
  logDir: string;
  /** Worker pools of running scenarios; close() kills their workers too. */
  pools: Set<WorkerPool>;
  close(): Promise<void>;
}

/** Starts the lab; `logDir` defaults to a folder in a fresh temp dir, removed on close unless `keep`. */
export async function startLab(options: { logDir?: string; keep?: boolean } = {}): Promise<Lab> {
  const base = mkdtempSync(path.join(tmpdir(), 'hotpot-faults-'));
  const logDir = options.logDir ?? path.join(base, 'logs');
  mkdirSync(logDir, { recursive: true });
  const [pgStarted, temporalStarted] = await Promise.allSettled([
    startPgCluster(),
    startRestartableTemporal(path.join(base, 'temporal.sqlite')),
  ]);
  if (pgStarted.status === 'rejected' || temporalStarted.status === 'rejected') {
    if (pgStarted.status === 'fulfilled') await pgStarted.value.destroy();
    if (temporalStarted.status === 'fulfilled') await temporalStarted.value.stop();
    throw pgStarted.status === 'rejected'
      ? pgStarted.reason
      : (temporalStarted as PromiseRejectedResult).reason;
  }
  const pgCluster = pgStarted.value;
  const temporal = temporalStarted.value;
  const pools = new Set<WorkerPool>();
  return {
    pg: pgCluster,
    temporal,
    logDir,
    pools,
    async close() {
      await Promise.allSettled([...pools].map((p) => p.stopAll()));
      await Promise.allSettled([temporal.stop(), pgCluster.destroy()]);
      if (!options.keep) rmSync(base, { recursive: true, force: true });
    },
  };
}
