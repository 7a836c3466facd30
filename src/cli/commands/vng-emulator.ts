import { startVngEmulator, type VngEmulatorOptions } from '../../emulator/vng/index.js';
import { HotpotError } from '../../errors.js';
import { VNG_PROJECT_ID, VNG_REGION } from '../../vng/scope.js';

/** The flags `hotpot emulator --provider vng` reads. */
export interface VngEmulatorFlags {
  port: string;
  host: string;
  estate?: string;
  seed?: string;
  projects?: string;
  regions?: string;
  servers?: string;
  tokenSeconds?: string;
}

/** Starts the VNG Cloud emulator (IAM and vServer v2) from the command's flags; returns the config it needs and its stop. */
export async function runVngEmulator(
  flags: VngEmulatorFlags,
): Promise<{ banner: string; stop(): Promise<void> }> {
  const generated = [flags.seed, flags.projects, flags.regions, flags.servers].some((f) => f !== undefined);
  if (flags.estate && generated)
    throw new HotpotError('Pass either --estate or generator flags (--seed, --projects, …), not both');
  const options: VngEmulatorOptions = { port: whole('--port', flags.port, 65535), host: flags.host };
  if (flags.tokenSeconds !== undefined)
    options.tokenSeconds = whole('--token-seconds', flags.tokenSeconds, 86_400);
  if (flags.estate) options.estateFile = flags.estate;
  else
    options.generate = {
      ...(flags.seed !== undefined && { seed: flags.seed }),
      ...(flags.projects !== undefined && { projects: list('--projects', flags.projects, VNG_PROJECT_ID) }),
      ...(flags.regions !== undefined && { regions: list('--regions', flags.regions, VNG_REGION) }),
      ...(flags.servers !== undefined && { servers: whole('--servers', flags.servers, 1_000_000) }),
    };
  let emulator;
  try {
    emulator = await startVngEmulator(options);
  } catch (err) {
    throw new HotpotError(`Cannot start the VNG emulator: ${(err as Error).message}`);
  }
  return {
    banner:
      `VNG Cloud emulator: vng.iamEndpoint ${emulator.iamEndpoint}, vng.vserverEndpoint ${emulator.vserverEndpoint} (vng.allowInsecureEndpoint: true)\n` +
      `It accepts the emulator's own service account: clientId ${emulator.clientId}, clientSecret ${emulator.clientSecret}\n` +
      `Control API: ${emulator.url}/_vngemulator/`,
    stop: () => emulator.stop(),
  };
}

function whole(flag: string, value: string, max: number): number {
  const n = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < 0 || n > max)
    throw new HotpotError(`${flag} must be a whole number from 0 to ${max}, got '${value}'`);
  return n;
}

function list(flag: string, value: string, form: RegExp): string[] {
  const items = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = items.find((i) => !form.test(i));
  if (bad !== undefined || items.length === 0)
    throw new HotpotError(`${flag} needs a comma-separated list of ${flag.slice(2)}, got '${bad ?? value}'`);
  return items;
}
