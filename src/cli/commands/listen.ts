import type { Command } from 'commander';
import { startFeedListener } from '../../feeds/start-listener.js';
import { FeedMetrics } from '../../metrics/feed-metrics.js';
import { startMetricsServer } from '../../metrics/metrics-server.js';
import { commandConfig, openMigratedStore } from '../connect.js';
import { connectTemporal } from '../temporal-client.js';

/** Adds `hotpot listen`: applies Cloud Asset feed messages (gcp.feeds.subscriptions) until SIGINT/SIGTERM. */
export function registerListenCommand(program: Command): void {
  program
    .command('listen')
    .description(
      'Apply Cloud Asset change-feed messages from Pub/Sub (gcp.feeds.subscriptions) between full syncs',
    )
    .option('--config <file>', 'YAML config file')
    .option('--metrics-port <port>', 'serve Prometheus /metrics on this port (worker.metricsPort)')
    .action(async (opts: { config?: string; metricsPort?: string }) => {
      const config = commandConfig(opts, {
        ...(opts.metricsPort !== undefined && { HOTPOT_METRICS_PORT: opts.metricsPort }),
      });
      const store = await openMigratedStore(config);
      const temporal = await connectTemporal(config);
      try {
        const metrics = new FeedMetrics();
        const server =
          config.worker.metricsPort > 0
            ? await startMetricsServer(metrics.registry, {
                port: config.worker.metricsPort,
                host: config.worker.metricsHost,
              })
            : undefined;
        const log = (line: string) => process.stdout.write(`${line}\n`);
        const listener = await startFeedListener(config, {
          db: store.db,
          temporal: temporal.client,
          log,
          metrics,
        });
        log(
          `hotpot listen: ${config.gcp.feeds!.subscriptions.join(', ')}${server ? `, metrics ${server.url}` : ''}`,
        );
        await new Promise<void>((resolve) => {
          process.once('SIGINT', resolve);
          process.once('SIGTERM', resolve);
        });
        await listener.stop();
        await server?.close();
        log(`hotpot listen stopped: ${JSON.stringify(listener.stats.outcomes)}`);
      } finally {
        await temporal.close();
        await store.close();
      }
    });
}
