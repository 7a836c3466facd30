import { ConfigError } from '../config/config-error.js';
import { loadConfig } from '../config/load-config.js';
import { providerConfigProblems, providerSections } from '../worker/provider-registry.js';
import type { HotpotConfig } from '../config/types.js';
import { migrate } from '../store/migrate.js';
import { openStore, type Store } from '../store/open-store.js';

/** Loads the config for a command (`--config FILE` or the usual sources); `flags` are command-line values by env name, overriding the environment. */
export function commandConfig(
  options: { config?: string },
  flags: Record<string, string> = {},
): HotpotConfig {
  const config = loadConfig({
    file: options.config,
    env: { ...process.env, ...flags },
    sections: providerSections,
  });
  const problems = providerConfigProblems(config);
  if (problems.length) throw new ConfigError(problems);
  return config;
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
