import type { Command } from 'commander';
import { commandConfig } from '../connect.js';
import { migrate } from '../../store/migrate.js';
import { openStore } from '../../store/open-store.js';
import { queryResources } from '../../query/resources.js';
import { rederiveColumns } from '../../ingest/rederive.js';
import { registerMigrateRenderCommand } from './migrate-render.js';

/** Adds `hotpot migrate [--config FILE]`: applies pending migrations and re-derives typed columns whose converter changed. */
export function registerMigrateCommand(program: Command): void {
  const migrateCommand = program
    .command('migrate')
    .description('Apply pending schema migrations to the configured store')
    .option('--config <file>', 'YAML config file')
    .action(async (opts: { config?: string }) => {
      const config = commandConfig(opts);
      const store = await openStore(config.database.url);
      try {
        const applied = await migrate(store.db);
        if (applied.length === 0) process.stdout.write('store is up to date: no migrations to apply\n');
        for (const m of applied)
          process.stdout.write(`applied ${String(m.version).padStart(4, '0')}_${m.name}\n`);
        for (const r of await rederiveColumns(store.db, queryResources)) {
          if (r.current || r.history || r.refused)
            process.stdout.write(
              `re-derived ${r.kind} columns: ${r.current} current rows, ${r.history} history versions${r.refused ? `, ${r.refused} refused by the converter` : ''}\n`,
            );
        }
      } finally {
        await store.close();
      }
    });
  registerMigrateRenderCommand(migrateCommand);
}
