import { ConfigError } from '../config/config-error.js';
import type { Provider, WorkerConfig } from '../provider/provider.js';
import { permanentFortinetFailures } from './failure-types.js';
import { FortinetCaller } from './fortinet-caller.js';
import { createFortinetClient, type FortinetClient } from './fortinet-client.js';
import { configuredFortinetScopes, parseFortinetConfig, type FortinetConfig } from './fortinet-config.js';
import { discoverFortinetScopes } from './discover-scopes.js';
import { fortinetKinds } from './kinds.js';
import { fortinetResources } from './registry.js';

/** The config section this provider owns. */
export const FORTINET_SECTION = 'fortinet';

/** Policies and their sequence run last, once the objects they reference are stored. */
const POLICY_WAVE: string[] = ['IngestFortinetPolicies', 'IngestFortinetPolicySequences'];

function section(config: WorkerConfig): unknown {
  return config.sections?.[FORTINET_SECTION];
}

function parsed(config: WorkerConfig): FortinetConfig {
  const { config: fortinet, problems } = parseFortinetConfig(section(config), {
    ...(config.baseDir !== undefined && { baseDir: config.baseDir }),
    ...(config.vault !== undefined && { vault: config.vault }),
  });
  if (!fortinet) throw new ConfigError(problems);
  return fortinet;
}

/**
 * FortiGate firewalls: each configured device × VDOM is a scope (`fw-edge-1/root`) on `fortinet.taskQueue`; a device
 * with `vdoms: all` has the scopes its VDOM list names at each run.
 */
export const fortinetProvider: Provider<FortinetClient, FortinetCaller> = {
  name: 'fortinet',
  configSection: FORTINET_SECTION,
  kinds: fortinetKinds,
  resources: fortinetResources,
  permanentFailures: permanentFortinetFailures,
  howToConfigure: 'FortiGates in the config file: fortinet.devices (name, baseUrl, vdoms and a token source)',
  resourceClient: (session) => session,
  createCaller: (options) => new FortinetCaller(options),
  kindWaves: [
    fortinetKinds.filter((k) => !POLICY_WAVE.includes(k.activityName)).map((k) => k.activityName),
    POLICY_WAVE,
  ],
  configured: (config) => section(config) !== undefined,
  inventoryTarget(config) {
    const fortinet = parsed(config);
    return { taskQueue: fortinet.taskQueue, scopes: configuredFortinetScopes(fortinet) };
  },
  discoverScopes: (config, credentials) => discoverFortinetScopes(parsed(config), credentials),
  checkConfig: (config) =>
    section(config) === undefined
      ? []
      : parseFortinetConfig(section(config), {
          ...(config.baseDir !== undefined && { baseDir: config.baseDir }),
          ...(config.vault !== undefined && { vault: config.vault }),
        }).problems,
  setup(config) {
    if (section(config) === undefined)
      throw new ConfigError([
        { key: 'fortinet.devices', message: 'not set: the fortinet provider needs FortiGates' },
      ]);
    const fortinet = parsed(config);
    return {
      taskQueue: fortinet.taskQueue,
      requestsPerMinute: fortinet.requestsPerMinute,
      pageSize: fortinet.pageSize,
      configuredScopes: configuredFortinetScopes(fortinet),
      createClient: async (credentials) =>
        createFortinetClient(fortinet.devices, credentials, {
          ...(fortinet.maxResponseBytes !== undefined && { maxResponseBytes: fortinet.maxResponseBytes }),
        }),
    };
  },
};
