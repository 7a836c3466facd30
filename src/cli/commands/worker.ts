import type { Command } from 'commander';
import { createConfigService } from '../../config/config-service.js';
import { redactUrl } from '../../config/redact-url.js';
import { createIngestWorker } from '../../worker/ingest-worker.js';
import { configuredProviders, parseProviders } from '../../worker/provider-registry.js';
import { installWorkerLogger } from '../../log/runtime-logger.js';
import { startMetricsServer } from '../../metrics/metrics-server.js';
import { connectClient, connectNative } from '../../temporal/connect-temporal.js';
import { Client } from '@temporalio/client';
import { startFeedListener } from '../../feeds/start-listener.js';
import { FeedMetrics } from '../../metrics/feed-metrics.js';
import { freePort } from '../../temporal/free-port.js';
import { drainOnSignals, type DrainOutcome } from '../../worker-lifecycle/drain.js';
import { createReadiness, type WorkerPhase } from '../../worker-lifecycle/readiness.js';
import { commandConfig, openMigratedStore } from '../connect.js';

/** Adds `hotpot worker [--config FILE]`: runs the ingest worker until SIGINT/SIGTERM, then shuts down cleanly. */
export function registerWorkerCommand(program: Command): void {
  program
    .command('worker')
    .description('Run the ingest worker (workflows, sessions, activities) until SIGINT/SIGTERM')
    .option('--config <file>', 'YAML config file')
    .option('--provider <list>', 'providers to serve, e.g. gcp,s1 (default: the providers configured)')
    .option('--metrics-port <port>', 'serve Prometheus /metrics on this port (worker.metricsPort)')
    .option('--log-format <format>', 'text or json (log.format)')
    .option(
      '--listen',
      'also apply Cloud Asset change-feed messages (gcp.feeds.subscriptions), as `hotpot listen`',
    )
    .action(async (opts: WorkerFlags) => runWorker(opts));
}

interface WorkerFlags {
  config?: string;
  provider?: string;
  metricsPort?: string;
  logFormat?: string;
  listen?: boolean;
}

async function runWorker(opts: WorkerFlags): Promise<void> {
  const config = commandConfig(opts, {
    ...(opts.metricsPort !== undefined && { HOTPOT_METRICS_PORT: opts.metricsPort }),
    ...(opts.logFormat !== undefined && { HOTPOT_LOG_FORMAT: opts.logFormat }),
  });
  const metricsPort = config.worker.metricsPort;
  const runtimeMetrics = metricsPort ? `127.0.0.1:${await freePort()}` : undefined;
  installWorkerLogger({
    level: config.log.level,
    format: config.log.format,
    ...(runtimeMetrics ? { runtimeMetricsAddress: runtimeMetrics } : {}),
  });
  const store = await openMigratedStore(config);
  try {
    const connection = await connectNative(config.temporal);
    try {
      const worker = await createIngestWorker({
        config,
        store,
        connection,
        configService: createConfigService(config),
        metrics: metricsPort > 0,
        providers: opts.provider ? parseProviders(opts.provider, config) : configuredProviders(config),
      });
      let phase: WorkerPhase = 'starting';
      const metrics = worker.metrics
        ? await startMetricsServer(worker.metrics.registry, {
            port: metricsPort,
            host: config.worker.metricsHost,
            ...(runtimeMetrics ? { runtimeUrl: `http://${runtimeMetrics}/metrics` } : {}),
            readiness: createReadiness({ connection, db: store.db, phase: () => phase }),
          })
        : undefined;
      const running = worker.run();
      phase = 'polling';
      const feedConnection = opts.listen ? await connectClient(config.temporal) : undefined;
      const feed = feedConnection
        ? await startFeedListener(config, {
            db: store.db,
            temporal: new Client({ connection: feedConnection, namespace: config.temporal.namespace }),
            log: (line) => process.stdout.write(`${line}\n`),
            ...(worker.metrics && { metrics: new FeedMetrics(worker.metrics.registry) }),
          })
        : undefined;
      const drain = drainOnSignals(worker, {
        timeoutMs: config.worker.drainTimeoutMs,
        setPhase: (p) => (phase = p),
        onSignal: (signal) =>
          process.stdout.write(
            `hotpot worker draining (${signal}): polling stopped, sessions handed back, bound ${config.worker.drainTimeoutMs} ms\n`,
          ),
      });
      process.stdout.write(
        `hotpot worker ready: namespace ${config.temporal.namespace}, queues ${worker.queues.join(', ')}${metrics ? `, metrics ${metrics.url}` : ''}${worker.tracesUrl ? `, traces ${redactUrl(worker.tracesUrl)}` : ''}\n`,
      );
      for (const warning of worker.warnings) process.stdout.write(`warning: ${warning}\n`);
      let drained: DrainOutcome | undefined;
      try {
        await Promise.race([running, drain.expired]);
        drained = await drain.outcome();
      } finally {
        await feed?.stop();
        await feedConnection?.close();
        drain.dispose();
        await metrics?.close();
      }
      if (drained?.timedOut) {
        process.stderr.write(
          `hotpot worker: drain exceeded worker.drainTimeoutMs (${config.worker.drainTimeoutMs} ms); exiting with activities still running\n`,
        );
        process.exit(1);
      }
      if (drained) process.stdout.write(`hotpot worker drained in ${drained.ms} ms\n`);
      process.stdout.write('hotpot worker stopped\n');
    } finally {
      await connection.close();
    }
  } finally {
    await store.close();
  }
}
