import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ConfigProblem } from '../config/config-error.js';
import { isPlainHttp, remoteInsecureProblem } from '../config/insecure-endpoint.js';
import { resolveSecretSource, type SecretContext, type SecretSource } from '../config/secret-source.js';
import { FORTINET_TASK_QUEUE } from './kinds.js';
import { DEVICE_NAME, fortinetScopeId, VDOM_NAME } from './scope.js';

/** One FortiGate as `fortinet.devices[i]` configures it. */
export interface FortinetDeviceConfig {
  name: string;
  /** `https://<host>[:port]`; the client calls `<baseUrl>/api/v2/...`. */
  baseUrl: string;
  /** The VDOMs to sync, or `all`: each run lists them from the device (`cmdb/system/vdom`). */
  vdoms: readonly string[] | 'all';
  /** The REST API administrator token, read afresh per session. */
  secret: SecretSource;
  /** The config key of the secret, for error messages (`fortinet.devices[0]`). */
  secretKey: string;
  /** PEM of the CA bundle its certificate chains to (`caFile`), read at config load. */
  ca?: string;
}

/** The `fortinet` section, parsed. */
export interface FortinetConfig {
  taskQueue: string;
  requestsPerMinute: number;
  pageSize: number;
  maxResponseBytes?: number;
  devices: readonly FortinetDeviceConfig[];
}

const SECTION_KEYS = [
  'taskQueue',
  'requestsPerMinute',
  'pageSize',
  'maxResponseBytes',
  'caFile',
  'allowInsecureEndpoint',
  'devices',
];
const DEVICE_KEYS = ['name', 'baseUrl', 'vdoms', 'caFile', 'token', 'tokenFile', 'tokenEnv', 'vault'];

/** What parsing the section needs of the loaded config. */
export type FortinetConfigContext = SecretContext;

/** The section parsed, or every problem found, each naming its full key (values of secrets never quoted). */
export function parseFortinetConfig(
  raw: unknown,
  context: FortinetConfigContext,
): { config?: FortinetConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const add = (key: string, message: string) => problems.push({ key: `fortinet${key}`, message });
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    add('', 'must be a mapping (taskQueue, devices, …)');
    return { problems };
  }
  const section = raw as Record<string, unknown>;
  for (const key of Object.keys(section))
    if (!SECTION_KEYS.includes(key)) add(`.${key}`, `unknown key (known: ${SECTION_KEYS.join(', ')})`);
  const taskQueue = text(section.taskQueue, '.taskQueue', add) ?? FORTINET_TASK_QUEUE;
  const requestsPerMinute = positive(section.requestsPerMinute, '.requestsPerMinute', add) ?? 600;
  const pageSize = positive(section.pageSize, '.pageSize', add) ?? 500;
  const maxResponseBytes = positive(section.maxResponseBytes, '.maxResponseBytes', add);
  const allowInsecure = section.allowInsecureEndpoint;
  if (allowInsecure !== undefined && typeof allowInsecure !== 'boolean')
    add('.allowInsecureEndpoint', 'must be true or false');
  const sharedCa = readCa(section.caFile, '.caFile', context, add);
  if (!Array.isArray(section.devices) || section.devices.length === 0) {
    add('.devices', 'required: a list of FortiGates (name, baseUrl, vdoms, and a token source)');
    return { problems };
  }
  const devices: FortinetDeviceConfig[] = [];
  const names = new Set<string>();
  section.devices.forEach((entry: unknown, i) => {
    const at = `.devices[${i}]`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
      return add(at, 'must be a mapping');
    const device = entry as Record<string, unknown>;
    for (const key of Object.keys(device))
      if (!DEVICE_KEYS.includes(key)) add(`${at}.${key}`, `unknown key (known: ${DEVICE_KEYS.join(', ')})`);
    const name = text(device.name, `${at}.name`, add);
    if (name === undefined) add(`${at}.name`, 'required: the FortiGate name scopes are written with');
    else if (!DEVICE_NAME.test(name))
      add(`${at}.name`, 'must be letters, digits, ".", "_" or "-" (at most 63)');
    else if (names.has(name)) add(`${at}.name`, `'${name}' names another device too`);
    else names.add(name);
    const baseUrl = endpoint(device.baseUrl, `${at}.baseUrl`, allowInsecure === true, add);
    const vdoms = vdomList(device.vdoms, `${at}.vdoms`, add);
    const ca = readCa(device.caFile, `${at}.caFile`, context, add) ?? sharedCa;
    const secret = resolveSecretSource(device, `fortinet.devices[${i}]`, context);
    problems.push(...secret.problems);
    if (name && baseUrl && vdoms && secret.source)
      devices.push({
        name,
        baseUrl,
        vdoms,
        secret: secret.source,
        secretKey: `fortinet.devices[${i}]`,
        ...(ca && { ca }),
      });
  });
  if (problems.length) return { problems };
  return {
    config: {
      taskQueue,
      requestsPerMinute,
      pageSize,
      ...(maxResponseBytes && { maxResponseBytes }),
      devices,
    },
    problems,
  };
}

/** Every scope the config names, `<device>/<vdom>`, in config order; a device with `vdoms: all` names none itself. */
export function configuredFortinetScopes(config: FortinetConfig): string[] {
  return config.devices.flatMap((d) =>
    d.vdoms === 'all' ? [] : d.vdoms.map((v) => fortinetScopeId(d.name, v)),
  );
}

type Add = (key: string, message: string) => void;

function text(value: unknown, key: string, add: Add): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '') {
    add(key, 'must be a non-empty string');
    return undefined;
  }
  return value.trim();
}

function positive(value: unknown, key: string, add: Add): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
    add(key, 'must be a positive integer');
    return undefined;
  }
  return value;
}

function endpoint(value: unknown, key: string, allowInsecure: boolean, add: Add): string | undefined {
  const url = text(value, key, add);
  if (url === undefined) {
    if (value === undefined) add(key, 'required: the FortiGate URL, e.g. https://fw.example.net');
    return undefined;
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    add(key, 'is not a URL');
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') add(key, 'must be an https URL');
  else if (parsed.username || parsed.password || parsed.search || parsed.hash)
    add(key, 'must be scheme, host, port and path only (no credentials, query or fragment)');
  else if (isPlainHttp(url)) {
    const remote = remoteInsecureProblem(url, 'fortinet.allowInsecureEndpoint');
    if (!allowInsecure)
      add(
        key,
        'is plain http and would receive the API token in clear text; use https, or set fortinet.allowInsecureEndpoint for an emulator on loopback',
      );
    else if (remote) add(key, remote);
  }
  return url.replace(/\/+$/, '');
}

function vdomList(value: unknown, key: string, add: Add): string[] | 'all' | undefined {
  if (value === undefined) return ['root'];
  if (value === 'all') return 'all';
  if (!Array.isArray(value) || value.length === 0) {
    add(key, 'must be a non-empty list of VDOM names (default [root]), or all');
    return undefined;
  }
  const bad: unknown = (value as unknown[]).find((v) => typeof v !== 'string' || !VDOM_NAME.test(v));
  if (bad !== undefined) {
    add(
      key,
      `${JSON.stringify(bad)?.slice(0, 40) ?? 'a value'} is not a VDOM name (letters, digits, "_", "-", at most 31)`,
    );
    return undefined;
  }
  return [...new Set(value as string[])];
}

function readCa(value: unknown, key: string, context: FortinetConfigContext, add: Add): string | undefined {
  const path = text(value, key, add);
  if (path === undefined) return undefined;
  try {
    const pem = readFileSync(resolve(context.baseDir ?? process.cwd(), path), 'utf8');
    if (!pem.includes('-----BEGIN CERTIFICATE-----')) add(key, 'is not a PEM bundle (no BEGIN CERTIFICATE)');
    return pem;
  } catch (err) {
    add(key, `cannot be read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    return undefined;
  }
}
