import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import pg from 'pg';
import { migrate, readMigrations } from '../store/migrate.js';
import { openStore, type Store } from '../store/open-store.js';
import { pgliteDialect } from '../store/pglite-dialect.js';
import { packageRoot } from '../package-root.js';

/** Which store integration tests run on; set by the test runner, one pass per kind. */
export type TestStoreKind = 'postgres' | 'pglite';

/** The store kind of this test process: HOTPOT_TEST_STORE, default postgres. */
export function testStoreKind(): TestStoreKind {
  return process.env.HOTPOT_TEST_STORE === 'pglite' ? 'pglite' : 'postgres';
}

/** The PostgreSQL server tests use (a maintenance database on it; tests create their own databases). */
export function testServerUrl(): string {
  return process.env.HOTPOT_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

/**
 * The migrated template's name carries a hash of the migrations, so checkouts with different migrations (worktrees
 * sharing one server) never clone or rebuild each other's template.
 */
export const templateName = `hotpot_test_template_${createHash('sha256')
  .update(JSON.stringify(readMigrations()))
  .digest('hex')
  .slice(0, 12)}`;

/** A fresh, migrated store for one test file: a clone of the migrated template database, or an in-memory PGlite. */
export interface TestStore {
  url: string;
  store: Store;
  close(): Promise<void>;
}

/** Creates a fresh migrated store of the current pass's kind. */
export async function testStore(kind: TestStoreKind = testStoreKind()): Promise<TestStore> {
  if (kind === 'pglite') {
    const store = await openStore('pglite://memory', { loadDataDir: await pgliteTemplate() });
    await migrate(store.db);
    return { url: 'pglite://memory', store, close: () => store.close() };
  }
  const admin = new pg.Client({ connectionString: testServerUrl() });
  await admin.connect();
  const name = `hotpot_test_${randomBytes(6).toString('hex')}`;
  try {
    await ensureTemplate(admin);
    await admin.query(`create database ${name} template ${templateName}`);
  } finally {
    await admin.end();
  }
  const url = databaseUrl(name);
  const store = await openStore(url, { poolSize: 5 });
  return {
    url,
    store,
    async close() {
      await store.close();
      const dropper = new pg.Client({ connectionString: testServerUrl() });
      await dropper.connect();
      try {
        await dropper.query(`drop database if exists ${name} with (force)`);
      } finally {
        await dropper.end();
      }
    },
  };
}

/** The URL of a database on the test server. */
export function databaseUrl(name: string): string {
  const url = new URL(testServerUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/** Creates or refreshes the migrated template database; serialised across test processes by an advisory lock. */
export async function ensureTemplate(admin: pg.Client, rebuild = false): Promise<void> {
  const latest = readMigrations().length;
  await admin.query('select pg_advisory_lock(7061746875)');
  try {
    const exists = await admin.query('select 1 from pg_database where datname = $1', [templateName]);
    if (!rebuild && exists.rowCount && (await templateVersion()) === latest) return;
    await admin.query(`drop database if exists ${templateName} with (force)`);
    await admin.query(`create database ${templateName}`);
    const store = await openStore(databaseUrl(templateName), { poolSize: 1 });
    try {
      await migrate(store.db);
    } finally {
      await store.close();
    }
  } finally {
    await admin.query('select pg_advisory_unlock(7061746875)');
  }
}

async function templateVersion(): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl(templateName) });
  await client.connect();
  try {
    const result = await client.query<{ v: number | null }>(
      `select (select max(version) from hotpot_migrations) as v`,
    );
    return result.rows[0]?.v ?? 0;
  } catch {
    return -1;
  } finally {
    await client.end();
  }
}

/**
 * A dump of a migrated in-memory PGlite, made once per set of migrations and PGlite version and kept in the OS
 * temp dir (written to a private name, then renamed, so test processes racing to make it never read half of one):
 * a PGlite store then starts from it in ~1 s instead of ~3 s of initdb and migrations.
 */
async function pgliteTemplate(): Promise<Blob> {
  const file = path.join(os.tmpdir(), `${templateName}.pglite-${pgliteVersion()}.tar`);
  if (!fs.existsSync(file)) {
    const pglite = new PGlite();
    const db = new Kysely<unknown>({ dialect: pgliteDialect(pglite) });
    try {
      await migrate(db);
      const dump = await pglite.dumpDataDir('none');
      const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
      fs.writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
      fs.renameSync(partial, file);
    } finally {
      await db.destroy();
    }
  }
  return fs.openAsBlob(file);
}

function pgliteVersion(): string {
  const manifest = path.join(packageRoot, 'node_modules', '@electric-sql', 'pglite', 'package.json');
  return (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string }).version;
}
