import fs from 'node:fs';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { HotpotError } from '../errors.js';
import { packageRoot } from '../package-root.js';

/** One numbered plain-SQL migration file. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The folder of numbered `NNNN_name.sql` files, shipped beside the compiled code. */
export const migrationsDir = path.join(packageRoot, 'dist', 'store', 'migrations');

/** Reads the migrations in version order; a gap or duplicate number is an error. */
export function readMigrations(dir = migrationsDir): Migration[] {
  const files = fs
    .readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort();
  return files.map((file, index) => {
    const version = Number.parseInt(file.slice(0, 4), 10);
    if (version !== index + 1)
      throw new HotpotError(`migration ${file} in ${dir} is out of sequence: expected ${index + 1}`);
    return { version, name: file.slice(5, -4), sql: fs.readFileSync(path.join(dir, file), 'utf8') };
  });
}

/** Applies pending migrations, each in its own transaction, under an advisory lock so concurrent starters wait. */
export async function migrate(db: Kysely<unknown>, migrations = readMigrations()): Promise<Migration[]> {
  return db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(7061746874)`.execute(conn);
    try {
      await sql`create table if not exists hotpot_migrations (
        version integer primary key, name text not null, applied_at timestamptz not null default now())`.execute(
        conn,
      );
      const done = await sql<{ version: number }>`select version from hotpot_migrations`.execute(conn);
      const applied = new Set(done.rows.map((r) => r.version));
      const pending = migrations.filter((m) => !applied.has(m.version));
      for (const migration of pending) {
        await conn.transaction().execute(async (tx) => {
          await sql.raw(migration.sql).execute(tx);
          await sql`insert into hotpot_migrations (version, name) values (${migration.version}, ${migration.name})`.execute(
            tx,
          );
        });
      }
      return pending;
    } finally {
      await sql`select pg_advisory_unlock(7061746874)`.execute(conn);
    }
  });
}
