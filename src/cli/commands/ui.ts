import type { Command } from 'commander';
import { startConsole } from '../../console/console-server.js';
import { readDevState } from '../../dev/dev-state.js';
import { consoleTokenProblem, readConsoleTokenFile } from '../../config/console-token.js';
import { HotpotError } from '../../errors.js';
import { parsePort } from '../../query/user-input.js';
import { parseDatabaseUrl } from '../../store/database-url.js';
import { commandConfig, openMigratedStore } from '../connect.js';

interface UiFlags {
  config?: string;
  port: string;
  host: string;
  token?: string;
  tokenFile?: string;
  insecureNoToken?: boolean;
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
    .option(
      '--token <token>',
      'require this bearer token (visible in ps: prefer --token-file, console.tokenFile or HOTPOT_CONSOLE_TOKEN)',
    )
    .option(
      '--token-file <file>',
      'require the bearer token in this file (default: console.tokenFile / HOTPOT_CONSOLE_TOKEN_FILE)',
    )
    .option(
      '--insecure-no-token',
      'serve a non-loopback --host without a token (anyone who reaches it reads the estate)',
    )
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
  const token = consoleToken(flags) ?? config.console.token?.reveal();
  const store = await openMigratedStore(config);
  const running = await startConsole({
    db: store.db,
    host: flags.host,
    port,
    ...(token !== undefined && { token }),
    ...(flags.insecureNoToken === true && { insecureNoToken: true }),
  });
  process.stdout.write(
    `Hotpot console at ${running.url}${token === undefined ? '' : ' (token required: open it once with ?token=…)'}\n` +
      `${token === undefined && flags.insecureNoToken === true ? 'WARNING: no token; anyone who reaches this address reads the estate.\n' : ''}Press Ctrl-C to stop.\n`,
  );
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await running.close();
  await store.close();
}

/** The token from --token or --token-file, refused when empty, short or several lines. */
function consoleToken(flags: UiFlags): string | undefined {
  if (flags.token !== undefined && flags.tokenFile !== undefined)
    throw new HotpotError('give only one of --token and --token-file');
  if (flags.token !== undefined) {
    const problem = consoleTokenProblem(flags.token, '--token');
    if (problem !== undefined) throw new HotpotError(problem);
    return flags.token.trim();
  }
  if (flags.tokenFile === undefined) return undefined;
  const read = readConsoleTokenFile(flags.tokenFile, process.cwd(), `--token-file ${flags.tokenFile}`);
  if (read.problem !== undefined) throw new HotpotError(read.problem);
  return read.token?.reveal();
}
