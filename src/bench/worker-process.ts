import { installQuietLogger } from '../log/runtime-logger.js';
import fs from 'node:fs';
import { NativeConnection } from '@temporalio/worker';
import { createConfigService } from '../config/config-service.js';
import { DEFAULT_MAX_CONCURRENT_ACTIVITIES } from '../config/file-schema.js';
import { gcpProvider } from '../gcp/provider.js';
import { createIngestWorker } from '../worker/ingest-worker.js';
import { startMetricsServer } from '../metrics/metrics-server.js';
import { migrate } from '../store/migrate.js';
import { openStore } from '../store/open-store.js';
import type { BenchWorkerConfig, WorkerReply, WorkerRequest } from './worker-protocol.js';

/** The bench's worker process: one Hotpot worker against the given store, reporting RSS and client constructions. */
async function main(): Promise<void> {
  const config = JSON.parse(process.env.HOTPOT_BENCH_WORKER ?? '{}') as BenchWorkerConfig;
  installQuietLogger();
  const store = await openStore(config.databaseUrl, { poolSize: config.poolSize });
  if (store.kind === 'pglite') await migrate(store.db);
  const connection = await NativeConnection.connect({ address: config.temporal.address });
  const workerConfig = {
    temporal: config.temporal,
    gcp: {
      endpoint: config.endpoint,
      projects: [],
      credentials: { source: 'none' as const },
      requestsPerMinute: config.requestsPerMinute ?? 1_000_000,
      pageSize: 500,
    },
    worker: {
      maxConcurrentSessions: 10,
      maxConcurrentActivities: DEFAULT_MAX_CONCURRENT_ACTIVITIES,
      inventoryConcurrency: 10,
      metricsPort: 0,
      metricsHost: '127.0.0.1',
      drainTimeoutMs: 30_000,
    },
    deletion: { maxShare: 0.5, minRows: 20 },
  };
  const worker = await createIngestWorker({
    config: workerConfig,
    providers: [gcpProvider],
    store,
    connection,
    configService: createConfigService(workerConfig),
    metrics: true,
  });
  const metrics = await startMetricsServer(worker.metrics!.registry, { port: 0, host: '127.0.0.1' });
  const running = worker.run();
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  const send = (reply: WorkerReply) => process.send?.(reply);
  process.on('message', (message: WorkerRequest) => {
    if (message.type === 'stats') {
      peak = Math.max(peak, process.memoryUsage().rss);
      send({
        type: 'stats',
        rss: process.memoryUsage().rss,
        peakRss: Math.max(peak, vmHwm()),
        constructions: worker.providers.gcp!.registry.constructions,
      });
    } else if (message.type === 'reset-peak') {
      resetHwm();
      peak = process.memoryUsage().rss;
      send({ type: 'reset-peak' });
    } else if (message.type === 'stop') {
      clearInterval(sampler);
      void worker
        .shutdown()
        .then(() => running.catch(() => undefined))
        .then(() => Promise.all([connection.close(), store.close(), metrics.close()]))
        .finally(() => {
          send({ type: 'stop' });
          process.disconnect?.();
        });
    }
  });
  send({ type: 'ready', metricsUrl: metrics.url });
}

/** Peak resident set since start or the last reset (Linux), 0 elsewhere. */
function vmHwm(): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

function resetHwm(): void {
  try {
    fs.writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    // not Linux or not permitted: the sampled peak still resets
  }
}

await main();
