import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { HotpotError } from '../errors.js';
import { parseDatabaseUrl, redactText, redactUrl, urlSecrets } from './database-url.js';
import { makePrivate } from './private-dir.js';
import { lockDataDir, type DirLock } from './pglite-lock.js';
import { pgliteDialect } from './pglite-dialect.js';

/** An open store: Kysely over PostgreSQL or PGlite; close() releases connections and the PGlite lock. */
export interface Store {
  kind: 'postgres' | 'pglite';
  db: Kysely<unknown>;
  /** Where it is, safe to print (no password). */
  description: string;
  close(): Promise<void>;
}

/** Options for opening a store. */
export interface OpenStoreOptions {
  cwd?: string;
  /** PostgreSQL pool size. */
  poolSize?: number;
  /** PostgreSQL: longest wait for a connection, new or from a full pool (default 10 s). */
  connectTimeoutMs?: number;
  /** PostgreSQL: the server cancels a statement running longer (default 5 min). */
  statementTimeoutMs?: number;
  /** For PGlite dirs: refuse to create a new data dir (used where a missing dir means a typo). */
  mustExist?: boolean;
  /** In-memory PGlite: start from this data dir dump (`dumpDataDir`) instead of a new cluster (~3 s of initdb). */
  loadDataDir?: Blob;
}

/** Default wait for a PostgreSQL connection (`database.connectTimeoutMs`). */
export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
/** Default statement timeout (`database.statementTimeoutMs`). */
export const DEFAULT_STATEMENT_TIMEOUT_MS = 300_000;

// bigint (int8) and numeric come back as strings from pg by default; counts and sizes here fit in a double.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number.parseInt(v, 10));

/**
 * Compresses new large values (the raw objects) with LZ4 where the server has it (PostgreSQL 14+ built with
 * lz4): it writes with less CPU than the default pglz. Stored values keep their compression; both read alike.
 */
export const lz4WhereAvailable = `select set_config('default_toast_compression', 'lz4', false) from pg_settings
  where name = 'default_toast_compression' and 'lz4' = any(enumvals)`;

/**
 * PGlite settings that bound its memory: small shared buffers (they live in the WASM heap, which never shrinks)
 * and WAL recycled past 32 MB instead of growing toward 1 GB before a checkpoint (an in-memory store holds it).
 * Measured: 10k instances with history into an in-memory store, 1,017 → 811 MB RSS.
 */
const pgliteStartParams = [
  ...PGlite.defaultStartParams,
  ...['shared_buffers=16MB', 'max_wal_size=32MB', 'min_wal_size=32MB'].flatMap((setting) => ['-c', setting]),
];

/** Opens the store named by a URL: `postgres://…`, `pglite://<dir>` or `pglite://memory`. */
export async function openStore(url: string, options: OpenStoreOptions = {}): Promise<Store> {
  const location = parseDatabaseUrl(url, options.cwd);
  if (location.kind === 'postgres') {
    const pool = new pg.Pool({
      connectionString: location.url,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
      statement_timeout: options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS,
    });
    pool.on('error', () => {});
    pool.on('connect', (client) => {
      // A connection cut while the client is checked out fails its queries; the event itself must not crash us.
      client.on('error', () => {});
      client.query(lz4WhereAvailable).catch(() => undefined);
    });
    const description = redactUrl(location.url);
    try {
      const client = await pool.connect();
      client.release();
    } catch (err) {
      await pool.end();
      const reason = redactText((err as Error).message, urlSecrets(location.url));
      throw new HotpotError(`cannot connect to PostgreSQL at ${description}: ${reason}`);
    }
    const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool }) });
    return { kind: 'postgres', db, description, close: () => db.destroy() };
  }
  if (location.dir === undefined) {
    const pglite = new PGlite({
      startParams: pgliteStartParams,
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    });
    const db = new Kysely<unknown>({ dialect: pgliteDialect(pglite) });
    return { kind: 'pglite', db, description: 'pglite://memory', close: () => db.destroy() };
  }
  if (options.mustExist && !fs.existsSync(location.dir)) {
    throw new HotpotError(`the PGlite data dir ${location.dir} does not exist`);
  }
  const dir = location.dir;
  let lock: DirLock | undefined;
  if (fs.existsSync(dir)) lock = lockDataDir(dir);
  else {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    lock = lockDataDir(dir);
  }
  try {
    makePrivate(dir);
    const pglite = await PGlite.create(dir, { startParams: pgliteStartParams });
    makePrivate(dir);
    const db = new Kysely<unknown>({ dialect: pgliteDialect(pglite) });
    return {
      kind: 'pglite',
      db,
      description: `pglite://${dir}`,
      async close() {
        try {
          await db.destroy();
          makePrivate(dir);
        } finally {
          lock?.release();
        }
      },
    };
  } catch (err) {
    lock.release();
    throw new HotpotError(`cannot open the PGlite data dir ${dir}: ${(err as Error).message}`);
  }
}
