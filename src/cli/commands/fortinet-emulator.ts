import {
  readFortinetEstateFile,
  startFortinetEmulator,
  type FortinetEmulatorOptions,
} from '../../emulator/fortinet/index.js';
import { HotpotError } from '../../errors.js';

/** The flags `hotpot emulator --provider fortinet` reads. */
export interface FortinetEmulatorFlags {
  port: string;
  host: string;
  estate?: string;
  seed?: string;
  devices?: string;
  vdomsPerDevice?: string;
  policiesPerVdom?: string;
  token?: string;
}

/** Starts the FortiOS emulator from the flags: the banner (each device's base URL, a config snippet) and its stop. */
export async function runFortinetEmulator(
  flags: FortinetEmulatorFlags,
): Promise<{ banner: string; stop(): Promise<void> }> {
  const generated = [flags.seed, flags.devices, flags.vdomsPerDevice, flags.policiesPerVdom].some(
    (f) => f !== undefined,
  );
  if (flags.estate && generated)
    throw new HotpotError('Pass either --estate or generator flags (--seed, --devices, …), not both');
  const options: FortinetEmulatorOptions = { port: whole('--port', flags.port, 65535), host: flags.host };
  if (flags.token !== undefined) options.token = flags.token;
  if (flags.estate) options.estate = readFortinetEstateFile(flags.estate);
  else
    options.generate = {
      ...(flags.seed !== undefined && { seed: flags.seed }),
      ...(flags.devices !== undefined && { devices: whole('--devices', flags.devices, 100) }),
      ...(flags.vdomsPerDevice !== undefined && {
        vdomsPerDevice: whole('--vdoms-per-device', flags.vdomsPerDevice, 50),
      }),
      ...(flags.policiesPerVdom !== undefined && {
        policiesPerVdom: whole('--policies-per-vdom', flags.policiesPerVdom, 100_000),
      }),
    };
  let emulator;
  try {
    emulator = await startFortinetEmulator(options);
  } catch (err) {
    throw new HotpotError(`Cannot start the Fortinet emulator: ${(err as Error).message}`);
  }
  const lines = emulator.devices.map(
    (d) =>
      `  - name: ${d.name}\n    baseUrl: ${emulator.deviceUrl(d.name)}\n    vdoms: [${d.vdoms.join(', ')}]\n    tokenEnv: HOTPOT_FORTINET_TOKEN`,
  );
  return {
    banner:
      `FortiOS emulator: ${emulator.url}/dev/<device>/api/v2/ (Bearer token: HOTPOT_FORTINET_TOKEN=${emulator.token})\n` +
      `Control API: ${emulator.url}/_fortiemulator/\nConfig:\nfortinet:\n  allowInsecureEndpoint: true\n  devices:\n${lines.join('\n')}`,
    stop: () => emulator.stop(),
  };
}

function whole(flag: string, value: string, max: number): number {
  const n = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < 0 || n > max)
    throw new HotpotError(`${flag} must be a whole number from 0 to ${max}, got '${value}'`);
  return n;
}
