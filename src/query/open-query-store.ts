import path from 'node:path';
import { commandConfig, openMigratedStore } from '../cli/connect.js';
import type { HotpotConfig } from '../config/types.js';
import { readDevState } from '../dev/dev-state.js';
import { remoteStore } from '../dev/remote-store.js';
import { parseDatabaseUrl } from '../store/database-url.js';
import type { Store } from '../store/open-store.js';

/** The store query commands read: the configured one, or, when a running `hotpot dev` holds that PGlite dir, queries through it. */
export async function openQueryStore(config: Pick<HotpotConfig, 'database'>): Promise<Store> {
  const location = parseDatabaseUrl(config.database.url);
  if (location.kind === 'pglite' && location.dir !== undefined) {
    for (const cwd of [process.cwd(), path.dirname(path.dirname(location.dir))]) {
      const dev = readDevState(cwd);
      if (dev?.dataDir !== undefined && path.resolve(dev.dataDir) === path.resolve(location.dir)) {
        return remoteStore(dev.controlUrl, dev.controlToken, dev.dataDir);
      }
    }
  }
  return openMigratedStore(config);
}

/** Runs `fn` with the query store of the command's config and closes it afterwards. */
export async function withQueryStore<T>(
  flags: { config?: string },
  fn: (store: Store) => Promise<T>,
): Promise<T> {
  const store = await openQueryStore(commandConfig(flags));
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
