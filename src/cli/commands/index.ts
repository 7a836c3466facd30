import type { Command } from 'commander';

/** A command module adds one command (with its subcommands) to the program. */
export type RegisterCommand = (program: Command) => void;

/**
 * Every CLI command by the name it registers, each module loaded only when needed: `hotpot <name>` loads its own,
 * help and unknown names load all (a query command then starts in about half the time).
 */
export const commandModules: Record<string, () => Promise<RegisterCommand>> = {
  config: async () => (await import('./config.js')).registerConfigCommand,
  dev: async () => (await import('./dev.js')).registerDevCommand,
  inventory: async () => (await import('./inventory.js')).registerInventoryCommand,
  history: async () => (await import('./history.js')).registerHistoryCommand,
  changes: async () => (await import('./changes.js')).registerChangesCommand,
  exposure: async () => (await import('./exposure.js')).registerExposureCommand,
  coverage: async () => (await import('./coverage.js')).registerCoverageCommand,
  findings: async () => (await import('./findings.js')).registerFindingsCommand,
  runs: async () => (await import('./runs.js')).registerRunsCommand,
  projects: async () => (await import('./projects.js')).registerProjectsCommand,
  ui: async () => (await import('./ui.js')).registerUiCommand,
  emulator: async () => (await import('./emulator.js')).registerEmulatorCommand,
  migrate: async () => (await import('./migrate.js')).registerMigrateCommand,
  worker: async () => (await import('./worker.js')).registerWorkerCommand,
  listen: async () => (await import('./listen.js')).registerListenCommand,
  feeds: async () => (await import('./feeds.js')).registerFeedsCommand,
  ingest: async () => (await import('./ingest.js')).registerIngestCommand,
  schedule: async () => (await import('./schedule.js')).registerScheduleCommand,
  bench: async () => (await import('./bench.js')).registerBenchCommand,
};

/** The command modules `argv` needs: the named command's alone, or every one (help, unknown names, no command). */
export async function commandsFor(argv: readonly string[]): Promise<RegisterCommand[]> {
  const name = argv[2] ?? '';
  const one = Object.hasOwn(commandModules, name) ? commandModules[name] : undefined;
  return Promise.all(one ? [one()] : Object.values(commandModules).map((load) => load()));
}
