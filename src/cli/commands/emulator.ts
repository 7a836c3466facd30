import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { MAX_COUNT, startEmulator, type EmulatorOptions } from '../../emulator/index.js';
import {
  S1_EMULATOR_TOKEN,
  startS1Emulator,
  type S1EmulatorOptions,
  type S1EstateDocument,
} from '../../emulator/s1/index.js';
import { HotpotError } from '../../errors.js';
import { runFortinetEmulator, type FortinetEmulatorFlags } from './fortinet-emulator.js';
import { runVngEmulator } from './vng-emulator.js';

interface EmulatorFlags extends Partial<Omit<FortinetEmulatorFlags, 'port' | 'host' | 'estate' | 'seed'>> {
  provider: string;
  regions?: string;
  servers?: string;
  tokenSeconds?: string;
  sites?: string;
  groupsPerSite?: string;
  agents?: string;
  port: string;
  host: string;
  estate?: string;
  seed?: string;
  projects?: string;
  instancesPerProject?: string;
  disksPerProject?: string;
  networksPerProject?: string;
  zones?: string;
}

/**
 * `hotpot emulator [--provider compute|s1|vng]`: serves one emulated API on its own until SIGINT/SIGTERM. While an
 * estate is still being generated no signal handler is installed, so a signal ends the process at once (a
 * synchronous build could not run a handler); once it is built a signal stops the server and the process exits 0.
 */
export function registerEmulatorCommand(program: Command): void {
  program
    .command('emulator')
    .description(
      'Serve a local emulated API (Compute Engine v1 by default; --provider s1: a SentinelOne console; fortinet: FortiGates; vng: VNG Cloud IAM and vServer) with a control API',
    )
    .option('--provider <api>', `the API to emulate: ${Object.keys(emulatedApis).join(', ')}`, 'compute')
    .option('--port <n>', 'port to listen on (0 picks a free one)', '8085')
    .option('--host <address>', 'address to bind', '127.0.0.1')
    .option('--estate <file>', 'estate file (JSON, see docs/emulator.md) instead of a generated estate')
    .option('--seed <s>', 'seed of the generated estate')
    .option('--projects <n>', 'number of generated projects')
    .option('--instances-per-project <n>', 'instances per generated project')
    .option('--disks-per-project <n>', 'disks per project beyond each instance boot disk')
    .option('--networks-per-project <n>', 'networks per generated project')
    .option('--zones <z>', 'number of zones, or a comma-separated list of zone names')
    .option('--sites <n>', 's1: generated sites')
    .option('--groups-per-site <n>', 's1: groups per generated site')
    .option('--agents <n>', 's1: agents on machines no cloud knows')
    .option('--devices <n>', 'fortinet: generated FortiGates')
    .option('--vdoms-per-device <n>', 'fortinet: VDOMs per generated FortiGate')
    .option('--policies-per-vdom <n>', 'fortinet: firewall policies per generated VDOM')
    .option('--token <t>', 'fortinet: the API token the devices accept')
    .option(
      '--regions <list>',
      'vng: comma-separated regions (HCM-3,HAN-1); --projects is a list of project ids',
    )
    .option('--servers <n>', 'vng: servers per project and region')
    .option('--token-seconds <n>', 'vng: how long an IAM access token lives')
    .action(async (flags: EmulatorFlags) => {
      const start = emulatedApis[flags.provider];
      if (!start)
        throw new HotpotError(
          `unknown --provider '${flags.provider}': use one of ${Object.keys(emulatedApis).join(', ')}`,
        );
      const running = await start(flags);
      process.stdout.write(`${running.banner}\n`);
      await running.ready;
      const stopped = new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      if (running.ready) process.stdout.write('Estate generated; SIGINT or SIGTERM stops the emulator\n');
      await stopped;
      await running.stop();
    });
}

/** An emulator started from the command's flags: what to print, and how to stop it. */
interface RunningApi {
  banner: string;
  /** Settles when the estate is fully built (signals are left to their default until then). */
  ready?: Promise<void>;
  stop(): Promise<void>;
}

/** Every API `hotpot emulator --provider` can serve on its own, by name. */
const emulatedApis: Record<string, (flags: EmulatorFlags) => Promise<RunningApi>> = {
  compute: runEmulator,
  s1: runS1Emulator,
  fortinet: runFortinetEmulator,
  vng: runVngEmulator,
};

async function runS1Emulator(flags: EmulatorFlags): Promise<RunningApi> {
  const generated = [flags.seed, flags.sites, flags.groupsPerSite, flags.agents].some((f) => f !== undefined);
  if (flags.estate && generated)
    throw new HotpotError('Pass either --estate or generator flags (--seed, --sites, …), not both');
  const options: S1EmulatorOptions = { port: count('--port', flags.port, 65535), host: flags.host };
  if (flags.estate) options.estate = readS1Estate(flags.estate);
  else
    options.generate = {
      ...(flags.seed !== undefined && { seed: flags.seed }),
      ...(flags.sites !== undefined && { sites: count('--sites', flags.sites, 10_000) }),
      ...(flags.groupsPerSite !== undefined && {
        groupsPerSite: count('--groups-per-site', flags.groupsPerSite, 10_000),
      }),
      ...(flags.agents !== undefined && { standaloneAgents: count('--agents', flags.agents) }),
    };
  let emulator;
  try {
    emulator = await startS1Emulator(options);
  } catch (err) {
    throw new HotpotError(`Cannot start the SentinelOne emulator: ${(err as Error).message}`);
  }
  return {
    banner:
      `SentinelOne emulator: ${emulator.url}/web/api/v2.1/ (s1.endpoint ${emulator.url}, s1.allowInsecureEndpoint: true)\n` +
      `It accepts the emulator's fixed API token ${S1_EMULATOR_TOKEN} (set s1.token).\nControl API: ${emulator.url}/_s1emulator/`,
    stop: () => emulator.stop(),
  };
}

function readS1Estate(file: string): S1EstateDocument {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new HotpotError(
      `Cannot read the estate file ${file}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`,
    );
  }
  try {
    return JSON.parse(text) as S1EstateDocument;
  } catch (err) {
    throw new HotpotError(`The estate file ${file} is not JSON: ${(err as Error).message}`);
  }
}

async function runEmulator(flags: EmulatorFlags): Promise<RunningApi> {
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
  return {
    banner: `Compute Engine emulator: ${emulator.url}/compute/v1/ (rootUrl ${emulator.url}/)\nControl API: ${emulator.url}/_emulator/`,
    ready: emulator.warmed,
    stop: () => emulator.stop(),
  };
}

function count(flag: string, value: string, max = MAX_COUNT): number {
  const n = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < 0 || n > max)
    throw new HotpotError(`${flag} must be a whole number from 0 to ${max}, got '${value}'`);
  return n;
}
