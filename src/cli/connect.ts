import { Client, Connection } from '@temporalio/client';
import { loadConfig } from '../config/load-config.js';
import type { HotpotConfig } from '../config/types.js';
import { HotpotError } from '../errors.js';
import { migrate } from '../store/migrate.js';
import { openStore, type Store } from '../store/open-store.js';

/** Loads the config for a command (`--config FILE` or the usual sources); `flags` are command-line values by env name, overriding the environment. */
export function commandConfig(
  options: { config?: string },
  flags: Record<string, string> = {},
): HotpotConfig {
  return loadConfig({ file: options.config, env: { ...process.env, ...flags } });
}

/** A Temporal client for the configured frontend, with a clear error when it is not reachable. */
export async function connectTemporal(
  config: Pick<HotpotConfig, 'temporal'>,
): Promise<{ client: Client; close(): Promise<void> }> {
  let connection: Connection;
  try {
    connection = await Connection.connect({ address: config.temporal.address, connectTimeout: 5000 });
  } catch (err) {
    throw new HotpotError(
      `cannot reach Temporal at ${config.temporal.address} (TEMPORAL_ADDRESS): ${(err as Error).message}. ` +
        'Start a server (`hotpot dev` starts one) or point TEMPORAL_ADDRESS at yours.',
    );
  }
  return {
    client: new Client({ connection, namespace: config.temporal.namespace }),
    close: () => connection.close(),
  };
}

/** Opens the configured store and brings its schema up to date. */
export async function openMigratedStore(config: Pick<HotpotConfig, 'database'>): Promise<Store> {
  const store = await openStore(config.database.url, {
    connectTimeoutMs: config.database.connectTimeoutMs,
    statementTimeoutMs: config.database.statementTimeoutMs,
  });
  try {
    await migrate(store.db);
  } catch (err) {
    await store.close();
    throw err;
  }
  return store;
}
