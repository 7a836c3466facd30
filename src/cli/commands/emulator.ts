import type { Command } from 'commander';
import { startEmulator, type EmulatorOptions } from '../../emulator/index.js';
import { HotpotError } from '../../errors.js';
import { runVngEmulator } from './vng-emulator.js';

interface EmulatorFlags {
  port: string;
  host: string;
  estate?: string;
  seed?: string;
  projects?: string;
  instancesPerProject?: string;
  disksPerProject?: string;
  networksPerProject?: string;
  zones?: string;
  provider: string;
  regions?: string;
  servers?: string;
  tokenSeconds?: string;
}

/** `hotpot emulator`: serves a Compute Engine v1 emulator until SIGINT/SIGTERM. */
export function registerEmulatorCommand(program: Command): void {
  program
    .command('emulator')
    .description(
      'Serve a local Compute Engine v1 API (generated or file-described estate) with a control API under /_emulator/',
    )
    .option('--port <n>', 'port to listen on (0 picks a free one)', '8085')
    .option('--host <address>', 'address to bind', '127.0.0.1')
    .option('--estate <file>', 'estate file (JSON, see docs/emulator.md) instead of a generated estate')
    .option('--seed <s>', 'seed of the generated estate')
    .option('--projects <n>', 'number of generated projects')
    .option('--instances-per-project <n>', 'instances per generated project')
    .option('--disks-per-project <n>', 'disks per project beyond each instance boot disk')
    .option('--networks-per-project <n>', 'networks per generated project')
    .option('--zones <z>', 'number of zones, or a comma-separated list of zone names')
    .option(
      '--provider <name>',
      'the API to emulate: gcp, or vng (VNG Cloud IAM and vServer, docs/vng.md)',
      'gcp',
    )
    .option(
      '--regions <list>',
      'vng: comma-separated regions (HCM-3,HAN-1); --projects is then a list of project ids',
    )
    .option('--servers <n>', 'vng: servers per project and region')
    .option('--token-seconds <n>', 'vng: how long an access token lives')
    .action(async (flags: EmulatorFlags) => runEmulator(flags));
}

async function runEmulator(flags: EmulatorFlags): Promise<void> {
  if (flags.provider === 'vng') return runVngEmulator(flags);
  if (flags.provider !== 'gcp')
    throw new HotpotError(`--provider must be gcp or vng, got '${flags.provider}'`);
  const generated = [
    flags.seed,
    flags.projects,
    flags.instancesPerProject,
    flags.disksPerProject,
    flags.networksPerProject,
    flags.zones,
  ].some((f) => f !== undefined);
  if (flags.estate && generated)
    throw new HotpotError('Pass either --estate or generator flags (--seed, --projects, …), not both');
  const options: EmulatorOptions = { port: count('--port', flags.port, 65535), host: flags.host };
  if (flags.estate) options.estateFile = flags.estate;
  else {
    options.generate = {
      ...(flags.seed !== undefined
        ? { seed: /^\d+$/.test(flags.seed) ? Number(flags.seed) : flags.seed }
        : {}),
      ...(flags.projects !== undefined ? { projects: count('--projects', flags.projects) } : {}),
      ...(flags.instancesPerProject !== undefined
        ? { instances: count('--instances-per-project', flags.instancesPerProject) }
        : {}),
      ...(flags.disksPerProject !== undefined
        ? { disks: count('--disks-per-project', flags.disksPerProject) }
        : {}),
      ...(flags.networksPerProject !== undefined
        ? { networks: count('--networks-per-project', flags.networksPerProject) }
        : {}),
      ...(flags.zones !== undefined
        ? {
            zones: /^\d+$/.test(flags.zones)
              ? Number(flags.zones)
              : flags.zones.split(',').map((z) => z.trim()),
          }
        : {}),
    };
  }
  let emulator;
  try {
    emulator = await startEmulator(options);
  } catch (err) {
    await emulator?.stop();
    throw new HotpotError(`Cannot start the emulator: ${(err as Error).message}`);
  }
  process.stdout.write(
    `Compute Engine emulator: ${emulator.url}/compute/v1/ (rootUrl ${emulator.url}/)\nControl API: ${emulator.url}/_emulator/\n`,
  );
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await emulator.stop();
}

/** Largest generated count accepted: a 1e12 estate would exhaust memory long before it was served. */
const MAX_COUNT = 1_000_000;

function count(flag: string, value: string, max = MAX_COUNT): number {
  const n = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < 0 || n > max)
    throw new HotpotError(`${flag} must be a whole number from 0 to ${max}, got '${value}'`);
  return n;
}
