import type { ConfigProblem } from '../config/config-error.js';
import { ConfigError } from '../config/config-error.js';
import { CredentialsError } from '../config/credentials-error.js';
import { resolveSecretSource, type RawSecretFields, type SecretSource } from '../config/secret-source.js';
import type { Provider, WorkerConfig } from '../provider/provider.js';
import { permanentVngFailures } from './failure-types.js';
import { vngKinds, vngKindWaves } from './kinds.js';
import { vngResources } from './registry.js';
import { VngCaller } from './vng-caller.js';
import { createVngClient, type VngClient } from './vng-client.js';
import { configuredVngScopes, parseVngSection, type VngSettings } from './vng-config.js';

/** The key of the client secret's source in the config. */
const SECRET_KEY = 'vng.clientSecret';

/** The `vng` section read whole: settings, the secret's source, and every problem. */
function readVng(config: WorkerConfig): {
  settings?: VngSettings;
  secret?: SecretSource;
  problems: ConfigProblem[];
} {
  const { settings, problems } = parseVngSection(config.sections?.vng);
  if (!settings || settings.clientSecret === undefined) return { ...(settings && { settings }), problems };
  const raw = settings.clientSecret;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return {
      settings,
      problems: [
        ...problems,
        { key: SECRET_KEY, message: 'must be a mapping: one of token, tokenFile, tokenEnv, vault' },
      ],
    };
  const resolved = resolveSecretSource(raw as RawSecretFields, SECRET_KEY, {
    ...(config.baseDir !== undefined && { baseDir: config.baseDir }),
    ...(config.vault !== undefined && { vault: config.vault }),
  });
  return {
    settings,
    ...(resolved.source && { secret: resolved.source }),
    problems: [...problems, ...resolved.problems],
  };
}

/** The settings and secret source, or a ConfigError naming every problem. */
function requireVng(config: WorkerConfig): { settings: VngSettings; secret: SecretSource } {
  const { settings, secret, problems } = readVng(config);
  if (config.sections?.vng === undefined)
    throw new ConfigError([
      { key: 'vng', message: 'not set: the vng provider needs a vng section (docs/vng.md)' },
    ]);
  if (problems.length || !settings || !secret) throw new ConfigError(problems);
  return { settings, secret };
}

/**
 * VNG Cloud (GreenNode): the vServer v2 resources of each configured project in each region (scope
 * `<projectId>/<region>`) on `vng.taskQueue`, with an IAM service account's client-credentials token.
 */
export const vngProvider: Provider<VngClient, VngCaller> = {
  name: 'vng',
  kinds: vngKinds,
  resources: vngResources,
  permanentFailures: permanentVngFailures,
  kindWaves: vngKindWaves,
  configSection: 'vng',
  howToConfigure: 'a vng section: clientId, clientSecret and projects (docs/vng.md)',
  resourceClient: (session) => session,
  createCaller: (options) => new VngCaller(options),
  configured: (config) => config.sections?.vng !== undefined,
  checkConfig: (config) => readVng(config).problems,
  inventoryTarget(config) {
    const { settings } = requireVng(config);
    return { taskQueue: settings.taskQueue, scopes: configuredVngScopes(settings) };
  },
  setup(config) {
    const { settings, secret } = requireVng(config);
    return {
      taskQueue: settings.taskQueue,
      requestsPerMinute: settings.requestsPerMinute,
      pageSize: settings.pageSize,
      configuredScopes: configuredVngScopes(settings),
      async createClient(credentials) {
        if (!credentials.readSecret)
          throw new CredentialsError('this worker cannot read provider secrets (vng.clientSecret)');
        return createVngClient({
          iamEndpoint: settings.iamEndpoint,
          vserverEndpoint: settings.vserverEndpoint,
          clientId: settings.clientId,
          clientSecret: await credentials.readSecret(secret, SECRET_KEY),
          ...(settings.maxResponseBytes !== undefined && { maxResponseBytes: settings.maxResponseBytes }),
        });
      },
    };
  },
};
