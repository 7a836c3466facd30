import path from 'node:path';
import { commandConfig, openMigratedStore } from './connect.js';
import type { HotpotConfig } from '../config/types.js';
import { readDevState } from '../dev/dev-state.js';
import { remoteQueries } from '../dev/remote-queries.js';
import { parseDatabaseUrl } from '../store/database-url.js';
import { localQueries, type Queries } from '../query/query-operations.js';

/** The queries of the configured store, or, when a running `hotpot dev` holds that PGlite dir, the same operations run by it. */
async function openQueries(config: Pick<HotpotConfig, 'database'>): Promise<Queries> {
  const location = parseDatabaseUrl(config.database.url);
  if (location.kind === 'pglite' && location.dir !== undefined) {
    for (const cwd of [process.cwd(), path.dirname(path.dirname(location.dir))]) {
      const dev = readDevState(cwd);
      if (dev?.dataDir !== undefined && path.resolve(dev.dataDir) === path.resolve(location.dir)) {
        return remoteQueries(dev.controlUrl, dev.controlToken);
      }
    }
  }
  const store = await openMigratedStore(config);
  return localQueries(store.db, () => store.close());
}

/** Runs `fn` with the queries of the command's config and closes them afterwards. */
export async function withQueries<T>(
  flags: { config?: string },
  fn: (queries: Queries) => Promise<T>,
): Promise<T> {
  const queries = await openQueries(commandConfig(flags));
  try {
    return await fn(queries);
  } finally {
    await queries.close();
  }
}
