import type { Command } from 'commander';
import { startConsole } from '../../console/console-server.js';
import { readDevState } from '../../dev/dev-state.js';
import { HotpotError } from '../../errors.js';
import { parsePort } from '../../query/user-input.js';
import { parseDatabaseUrl } from '../../store/database-url.js';
import { commandConfig, openMigratedStore } from '../connect.js';

interface UiFlags {
  config?: string;
  port: string;
  host: string;
  token?: string;
}

/** `hotpot ui`: the read-only web console over the configured store, until Ctrl-C. */
export function registerUiCommand(program: Command): void {
  program
    .command('ui')
    .description(
      'Serve the web console (estate overview, runs, resources, history, changes, as-of) on 127.0.0.1',
    )
    .option('--config <file>', 'config file')
    .option('--port <n>', 'port to listen on', '8090')
    .option(
      '--host <host>',
      'address to bind (anything but loopback exposes the estate: set a token)',
      '127.0.0.1',
    )
    .option('--token <token>', 'require this bearer token (default: console.token / HOTPOT_CONSOLE_TOKEN)')
    .action((flags: UiFlags) => runUi(flags));
}

async function runUi(flags: UiFlags): Promise<void> {
  const port = parsePort(flags.port, '--port');
  const config = commandConfig(flags);
  const location = parseDatabaseUrl(config.database.url);
  const dev = readDevState();
  if (location.kind === 'pglite' && dev?.consoleUrl !== undefined && dev.dataDir === location.dir)
    throw new HotpotError(
      `the running \`hotpot dev\` holds this store and serves its console at ${dev.consoleUrl}`,
    );
  const token = flags.token ?? config.console.token?.reveal();
  const store = await openMigratedStore(config);
  const running = await startConsole({
    db: store.db,
    host: flags.host,
    port,
    ...(token !== undefined && { token }),
  });
  process.stdout.write(
    `Hotpot console at ${running.url}${token === undefined ? '' : ' (token required: open it once with ?token=…)'}\nPress Ctrl-C to stop.\n`,
  );
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await running.close();
  await store.close();
}
