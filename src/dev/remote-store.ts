import { CompiledQuery, Kysely, type DatabaseConnection, type Driver, type QueryResult } from 'kysely';
import { HotpotError } from '../errors.js';
import { postgresDialectOf } from '../store/postgres-dialect-of.js';
import type { Store } from '../store/open-store.js';
import { decodeWire, encodeWire } from './wire.js';

/** A read-only store that runs each query inside a running `hotpot dev` through its control API (PGlite admits one process). */
export function remoteStore(controlUrl: string, token: string, dataDir: string): Store {
  const db = new Kysely<unknown>({ dialect: postgresDialectOf(() => remoteDriver(controlUrl, token)) });
  return {
    kind: 'pglite',
    db,
    description: `pglite://${dataDir} (via hotpot dev at ${controlUrl})`,
    close: () => db.destroy(),
  };
}

function remoteDriver(url: string, token: string): Driver {
  const connection = new RemoteConnection(url, token);
  return {
    init: async () => {},
    acquireConnection: async () => connection,
    releaseConnection: async () => {},
    beginTransaction: () =>
      Promise.reject(new HotpotError('transactions are not available through hotpot dev')),
    commitTransaction: async () => {},
    rollbackTransaction: async () => {},
    destroy: async () => {},
  };
}

class RemoteConnection implements DatabaseConnection {
  constructor(
    private readonly url: string,
    private readonly token: string,
  ) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    let response: Response;
    try {
      response = await fetch(`${this.url}/sql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
        body: encodeWire({ sql: query.sql, parameters: query.parameters }),
      });
    } catch (err) {
      throw new HotpotError(
        `cannot reach hotpot dev at ${this.url}: ${(err as Error).message}. Is it still running?`,
      );
    }
    const text = await response.text();
    if (!response.ok) throw new HotpotError(`query failed in hotpot dev: ${text}`);
    return decodeWire<QueryResult<R>>(text);
  }

  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new HotpotError('streaming queries are not available through hotpot dev');
  }
}
