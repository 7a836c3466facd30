import type { Command } from 'commander';
import { NativeConnection } from '@temporalio/worker';
import { createConfigService } from '../../config/config-service.js';
import { HotpotError } from '../../errors.js';
import { createHotpotWorker } from '../../ingest/worker.js';
import { installWorkerLogger } from '../../log/runtime-logger.js';
import { commandConfig, openMigratedStore } from '../connect.js';

/** Adds `hotpot worker [--config FILE]`: runs the ingest worker until SIGINT/SIGTERM, then shuts down cleanly. */
export function registerWorkerCommand(program: Command): void {
  program
    .command('worker')
    .description('Run the GCP ingest worker (workflows, sessions, activities) until SIGINT/SIGTERM')
    .option('--config <file>', 'YAML config file')
    .action(async (opts: { config?: string }) => runWorker(opts));
}

async function runWorker(opts: { config?: string }): Promise<void> {
  const config = commandConfig(opts);
  installWorkerLogger(config.log.level);
  const store = await openMigratedStore(config);
  try {
    const connection = await connectNative(config.temporal.address);
    try {
      const worker = await createHotpotWorker({
        config,
        store,
        connection,
        configService: createConfigService(config),
      });
      const running = worker.run();
      const stop = () => void worker.shutdown();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      process.stdout.write(
        `hotpot worker ready: namespace ${config.temporal.namespace}, queues ${worker.taskQueue}, ${worker.sessionTaskQueue}\n`,
      );
      for (const warning of worker.warnings) process.stdout.write(`warning: ${warning}\n`);
      try {
        await running;
      } finally {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
      }
      process.stdout.write('hotpot worker stopped\n');
    } finally {
      await connection.close();
    }
  } finally {
    await store.close();
  }
}

async function connectNative(address: string): Promise<NativeConnection> {
  try {
    return await NativeConnection.connect({ address });
  } catch (err) {
    throw new HotpotError(
      `cannot reach Temporal at ${address} (TEMPORAL_ADDRESS): ${(err as Error).message}. Start a server or point TEMPORAL_ADDRESS at yours.`,
    );
  }
}
