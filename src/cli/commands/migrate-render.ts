import path from 'node:path';
import type { Command } from 'commander';
import { HotpotError } from '../../errors.js';
import { packageRoot } from '../../package-root.js';
import { queryResources } from '../../query/resources.js';
import { describeChange } from '../../store/schema/schema-diff.js';
import { renderMigration } from '../../store/schema/render-migration.js';

/** The committed migrations: rendering writes into the source tree, never into dist/. */
const sourceMigrations = path.join(packageRoot, 'src', 'store', 'migrations');

/**
 * Adds `hotpot migrate render [--name N] [--dir D] [--check]`: renders the DDL for new or changed resource
 * declarations into the next numbered migration, for review and commit; `--check` writes nothing and fails when
 * a migration is missing.
 */
export function registerMigrateRenderCommand(migrate: Command): void {
  migrate
    .command('render')
    .description('Render the DDL of new or changed resource declarations into the next numbered migration')
    .option('--name <name>', 'migration name (default: the table, or resource_tables)')
    .option('--dir <dir>', 'migrations folder', sourceMigrations)
    .option('--check', 'write nothing; exit 1 when a declaration has no migration yet')
    .action(async (opts: { name?: string; dir: string; check?: boolean }) => {
      const result = await renderMigration({
        dir: path.resolve(opts.dir),
        declarations: queryResources,
        name: opts.name,
        write: !opts.check,
      });
      for (const table of result.undeclared)
        process.stderr.write(`warning: ${table} has no declaration; the generator never drops a table\n`);
      if (!result.file) {
        process.stdout.write('nothing to render: the migrations build every declared table as declared\n');
        return;
      }
      for (const p of result.pending)
        for (const c of p.changes) process.stdout.write(`${describeChange(c)}\n`);
      const file = path.relative(process.cwd(), result.file);
      if (!opts.check) {
        process.stdout.write(`wrote ${file}: review it and commit it\n`);
        return;
      }
      process.stdout.write(`\n${result.sql}`);
      throw new HotpotError(`migration missing: \`hotpot migrate render\` would write ${file}`);
    });
}
