import { installQuietLogger } from '../../log/runtime-logger.js';
import readline from 'node:readline';
import type { Command } from 'commander';
import { readDevState } from '../../dev/dev-state.js';
import { createProgress } from '../../dev/progress.js';
import { startDev, type DevSession, type MutateOutcome } from '../../dev/start-dev.js';
import { renderSummary } from '../output/summary-table.js';
import { HotpotError } from '../../errors.js';
import { parsePort, parseWholeNumber } from '../../query/user-input.js';
import { commandConfig } from '../connect.js';

interface DevFlags {
  config?: string;
  temporalPort: string;
  uiPort: string;
}

/** `hotpot dev`: a whole local Hotpot (Temporal + UI, PGlite, demo emulator, worker) that syncs once and stays up; `hotpot dev mutate` changes the demo estate. */
export function registerDevCommand(program: Command): void {
  const dev = program
    .command('dev')
    .description(
      'Run Hotpot locally: Temporal dev server with UI, PGlite store in .hotpot/, demo emulator, worker; syncs once and runs until Ctrl-C',
    )
    .option('--config <file>', 'config file')
    .option('--temporal-port <n>', 'Temporal frontend port (a free one if taken)', '7233')
    .option('--ui-port <n>', 'Temporal Web UI port (a free one if taken)', '8233')
    .action((flags: DevFlags) => runDev(flags));
  dev
    .command('mutate')
    .description('Change the demo estate of the running `hotpot dev` (one mutation round) and sync again')
    .option('--percent <n>', 'share of resources to touch', '10')
    .option('--seed <n>', 'seed of the round')
    .option('--json', 'print JSON')
    .action((flags: { percent: string; seed?: string; json?: boolean }) => mutateRunning(flags));
}

function printOutcome(outcome: MutateOutcome): void {
  const counts = new Map<string, number>();
  for (const c of outcome.changes)
    counts.set(`${c.op} ${c.type}`, (counts.get(`${c.op} ${c.type}`) ?? 0) + 1);
  const list = [...counts].map(([k, n]) => `${n} ${k}`).join(', ');
  process.stdout.write(
    `\nMutation round ${outcome.round}: ${list || 'no changes'}\n\n${renderSummary(outcome.result.projects, outcome.result.status)}\n`,
  );
}

async function runDev(flags: DevFlags): Promise<void> {
  const config = commandConfig(flags);
  const progress = createProgress();
  installQuietLogger('ERROR');
  const session: DevSession = await startDev({
    config,
    cwd: process.cwd(),
    temporalPort: parsePort(flags.temporalPort, '--temporal-port'),
    uiPort: parsePort(flags.uiPort, '--ui-port'),
    progress,
  });
  const mutateHint =
    session.state.emulatorUrl !== undefined || session.estate.startsWith('the API')
      ? '\n  Change the demo estate: type m + Enter here, or run `npx hotpot dev mutate` (then `npx hotpot changes --since -5m`)'
      : '';
  process.stdout.write(
    `\nInventory of ${session.estate}:\n\n${renderSummary(session.first.projects, session.first.status)}\n\n` +
      `  Web console:      ${session.state.consoleUrl}\n` +
      `  Temporal Web UI:  ${session.state.uiUrl}/namespaces/default/workflows\n` +
      `  Store:            ${session.storeDescription}\n` +
      `  Query it:         npx hotpot inventory instances   (also: disks, networks, agents, show, history, changes, runs)\n` +
      `  EDR coverage:     npx hotpot coverage              (VMs without a SentinelOne agent, stale and unknown agents)\n` +
      `  Services:         npx hotpot exposure --all-services   npx hotpot findings   (GKE, Cloud SQL, buckets, IAM, Cloud Run)` +
      `${mutateHint}\n\nRunning. Press Ctrl-C to stop.\n`,
  );
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
    if (process.stdin.isTTY) {
      const lines = readline.createInterface({ input: process.stdin });
      lines.on('line', (line) => {
        if (line.trim() !== 'm') return;
        session.mutate().then(printOutcome, (err: Error) => progress.line(`mutate failed: ${err.message}`));
      });
      process.once('SIGINT', () => lines.close());
      process.once('SIGTERM', () => lines.close());
    }
  });
  progress.line('stopping: worker, Temporal dev server, emulator, store…');
  const errors = await session.stop();
  for (const e of errors) progress.line(`stop failed: ${e}`);
  progress.line('stopped');
  process.exit(errors.length > 0 ? 1 : 0);
}

async function mutateRunning(flags: { percent: string; seed?: string; json?: boolean }): Promise<void> {
  const percent = Number(flags.percent);
  if (!/^\d+(\.\d+)?$/.test(flags.percent.trim()) || !(percent > 0 && percent <= 100))
    throw new HotpotError(`--percent '${flags.percent}' is not a share: use a number above 0 and up to 100`);
  const seed =
    flags.seed === undefined
      ? {}
      : { seed: parseWholeNumber(flags.seed, '--seed', 0, Number.MAX_SAFE_INTEGER) };
  const state = readDevState();
  if (!state)
    throw new HotpotError(
      'no `hotpot dev` is running in this directory (no live .hotpot/dev.json); start one with `npm start`',
    );
  const response = await fetch(`${state.controlUrl}/mutate`, {
    method: 'POST',
    headers: { authorization: `Bearer ${state.controlToken}` },
    body: JSON.stringify({ percent, ...seed }),
  }).catch((err: Error) => {
    throw new HotpotError(`cannot reach hotpot dev at ${state.controlUrl}: ${err.message}`);
  });
  const text = await response.text();
  if (!response.ok) throw new HotpotError(`hotpot dev could not apply the mutation round: ${text}`);
  const outcome = JSON.parse(text) as MutateOutcome;
  if (flags.json) process.stdout.write(`${JSON.stringify(outcome, null, 2)}\n`);
  else printOutcome(outcome);
}
