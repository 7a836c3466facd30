import { existsSync } from 'node:fs';
import { loadClientConfigProfile, type ConfigDataSource } from '@temporalio/envconfig';
import type { ConfigProblem } from './config-error.js';
import { Secret } from './secret.js';
import type { HotpotConfig, TemporalTls, TlsSource } from './types.js';

/** What Temporal's environment configuration (the CLI's `temporal.toml` profile, then `TEMPORAL_*`) says about the connection. */
export interface TemporalProfile {
  address?: string;
  namespace?: string;
  apiKey?: Secret;
  /** `false`: TLS disabled explicitly; absent: plain unless an API key is set. */
  tls?: TemporalTls | false;
  grpcMeta?: Record<string, Secret>;
}

/**
 * Reads the profile as the Temporal CLI and SDKs do (`@temporalio/envconfig`): `TEMPORAL_CONFIG_FILE` or
 * `~/.config/temporalio/temporal.toml`, profile `TEMPORAL_PROFILE` (else `default`), then `TEMPORAL_ADDRESS`,
 * `TEMPORAL_NAMESPACE`, `TEMPORAL_API_KEY`, `TEMPORAL_TLS*` and `TEMPORAL_GRPC_META_*` override it.
 */
export function readTemporalProfile(
  env: NodeJS.ProcessEnv,
  named: { profile?: string; configFile?: string },
  problems: ConfigProblem[],
): TemporalProfile {
  const strings = Object.fromEntries(
    Object.entries(env).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
  if (named.configFile !== undefined && !existsSync(named.configFile)) {
    problems.push({
      key: 'temporal.configFile',
      origin: 'TEMPORAL_CONFIG_FILE',
      message: `Temporal config file not found: ${named.configFile}`,
    });
    return {};
  }
  let raw;
  try {
    raw = loadClientConfigProfile({
      overrideEnvVars: strings,
      ...(named.profile !== undefined && { profile: named.profile }),
      ...(named.configFile !== undefined && { configSource: { path: named.configFile } }),
    });
  } catch (err) {
    problems.push({
      key: named.profile === undefined ? 'temporal.configFile' : 'temporal.profile',
      origin: 'Temporal environment configuration (TEMPORAL_CONFIG_FILE, TEMPORAL_PROFILE)',
      message: profileError(err),
    });
    return {};
  }
  const profile: TemporalProfile = {};
  if (raw.address !== undefined) profile.address = raw.address;
  if (raw.namespace !== undefined) profile.namespace = raw.namespace;
  if (raw.apiKey !== undefined && raw.apiKey !== '') profile.apiKey = new Secret(raw.apiKey);
  if (raw.tls?.disabled === true) profile.tls = false;
  else if (raw.tls !== undefined) {
    const tls: TemporalTls = {};
    if (raw.tls.serverName !== undefined) tls.serverName = raw.tls.serverName;
    if (raw.tls.serverCACert) tls.serverCaCert = source(raw.tls.serverCACert);
    if (raw.tls.clientCert) tls.clientCert = source(raw.tls.clientCert);
    if (raw.tls.clientKey) tls.clientKey = source(raw.tls.clientKey);
    if ((tls.clientCert === undefined) !== (tls.clientKey === undefined))
      problems.push({
        key: 'temporal.tls',
        origin: 'TEMPORAL_TLS_CLIENT_CERT_* / TEMPORAL_TLS_CLIENT_KEY_* or the profile',
        message: 'a client certificate needs its key and a key its certificate (mTLS)',
      });
    profile.tls = tls;
  }
  if (raw.grpcMeta !== undefined)
    profile.grpcMeta = Object.fromEntries(Object.entries(raw.grpcMeta).map(([k, v]) => [k, new Secret(v)]));
  return profile;
}

function source(data: ConfigDataSource): TlsSource {
  if ('path' in data) return { path: data.path };
  const text = typeof data.data === 'string' ? data.data : Buffer.from(data.data).toString('utf8');
  return { data: new Secret(text) };
}

function profileError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'ENOENT') return `Temporal config file not found: ${e.path ?? ''}`.trim();
  if (e.code !== undefined) return `Temporal config file cannot be read (${e.code})`;
  return `Temporal config profile: ${e.message.split('\n')[0] ?? ''}`;
}

/** The `temporal` section from `hotpot.yaml` / env (which win) and the profile, with the defaults last. */
export function temporalSettings(
  temporal: {
    address?: string | undefined;
    namespace?: string | undefined;
    taskQueue: string;
    uiUrl?: string | undefined;
    profile?: string | undefined;
    configFile?: string | undefined;
  },
  profile: TemporalProfile,
): HotpotConfig['temporal'] {
  const { address, namespace, uiUrl, profile: name, configFile, taskQueue } = temporal;
  return {
    address: address ?? profile.address ?? '127.0.0.1:7233',
    namespace: namespace ?? profile.namespace ?? 'default',
    taskQueue,
    ...(uiUrl !== undefined && { uiUrl }),
    ...(name !== undefined && { profile: name }),
    ...(configFile !== undefined && { configFile }),
    ...(profile.tls !== undefined && profile.tls !== false && { tls: profile.tls }),
    ...(profile.apiKey !== undefined && { apiKey: profile.apiKey }),
    ...(profile.grpcMeta !== undefined && { grpcMeta: profile.grpcMeta }),
  };
}
