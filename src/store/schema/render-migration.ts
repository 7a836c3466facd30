import { HotpotError } from '../../errors.js';
import fs from 'node:fs';
import path from 'node:path';
import { migrate, readMigrations } from '../migrate.js';
import { openStore } from '../open-store.js';
import { migrationSql, pendingSchema, undeclaredTables, type PendingResource } from './pending-schema.js';
import type { TableDeclaration } from './table-schema.js';

/** What rendering found: the pending declarations, resource tables no declaration names, and the file written. */
export interface RenderResult {
  pending: PendingResource[];
  undeclared: string[];
  file: string | undefined;
  sql: string;
}

function migrationName(pending: readonly PendingResource[], name: string | undefined): string {
  const chosen = name ?? (pending.length === 1 ? pending[0]!.table : 'resource_tables');
  if (!/^[a-z0-9_]+$/.test(chosen))
    throw new HotpotError(`migration name ${JSON.stringify(chosen)}: use a-z, 0-9 and _`);
  return chosen;
}

/**
 * Applies the migrations of `dir` to a scratch in-memory PGlite, compares every declaration with the tables they
 * built, and writes what differs as the next numbered migration of `dir` (nothing when all match; only a
 * dry run with `write: false`).
 */
export async function renderMigration(options: {
  dir: string;
  declarations: readonly TableDeclaration[];
  name?: string;
  write: boolean;
}): Promise<RenderResult> {
  if (!fs.existsSync(options.dir)) throw new HotpotError(`migrations folder ${options.dir} does not exist`);
  const migrations = readMigrations(options.dir);
  const store = await openStore('pglite://memory');
  try {
    await migrate(store.db, migrations);
    const pending = await pendingSchema(store.db, options.declarations);
    const undeclared = await undeclaredTables(store.db, options.declarations);
    if (!pending.length) return { pending, undeclared, file: undefined, sql: '' };
    const text = migrationSql(pending);
    const version = String(migrations.length + 1).padStart(4, '0');
    const file = path.join(options.dir, `${version}_${migrationName(pending, options.name)}.sql`);
    if (options.write) fs.writeFileSync(file, text, { flag: 'wx' });
    return { pending, undeclared, file, sql: text };
  } finally {
    await store.close();
  }
}
