import { resolve } from 'node:path';
import type { ConfigProblem } from './config-error.js';
import { tokenProblem } from './credential-text.js';
import { Secret } from './secret.js';
import { resolveVaultLogin, trimSlashes, type VaultConnection } from './vault-login.js';

export type { VaultConnection } from './vault-login.js';

/** Where a provider's secret comes from; read afresh by `ConfigService.readSecret` each time a session starts. */
export type SecretSource =
  | { source: 'inline'; token: Secret }
  | { source: 'file'; path: string }
  | { source: 'env'; name: string }
  | ({ source: 'vault'; mount: string; path: string; field: string } & VaultConnection);

/** A provider section's secret fields as written in the YAML file: exactly one of them names the secret. */
export interface RawSecretFields {
  token?: unknown;
  tokenFile?: unknown;
  tokenEnv?: unknown;
  vault?: unknown;
}

/** What resolving a section's secret needs from the loaded config. */
export interface SecretContext {
  /** Relative `tokenFile` paths resolve against it (the directory the config was loaded in). */
  baseDir?: string;
  /** The shared Vault connection, when `gcp.credentials.vault` names one. */
  vault?: VaultConnection;
}

const VAULT_KEYS = [
  'address',
  'namespace',
  'mount',
  'path',
  'field',
  'token',
  'roleId',
  'secretId',
  'authMount',
];

/**
 * The secret named by `raw` (`<key>.token`, `.tokenFile`, `.tokenEnv` or `.vault.path`, exactly one), or the problems
 * that stop it, each naming its full key; `key` is the section path, e.g. `fortinet.devices[0]`. Values are never quoted.
 */
export function resolveSecretSource(
  raw: RawSecretFields,
  key: string,
  context: SecretContext,
): { source?: SecretSource; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const add = (field: string, message: string): void => {
    problems.push({ key: `${key}.${field}`, message });
  };
  const named = (['token', 'tokenFile', 'tokenEnv', 'vault'] as const).filter((f) => raw[f] !== undefined);
  if (named.length !== 1) {
    add(
      'token',
      named.length === 0
        ? `a secret is required: set one of ${key}.token, ${key}.tokenFile, ${key}.tokenEnv or ${key}.vault.path`
        : `set only one of ${named.map((f) => `${key}.${f}`).join(', ')}`,
    );
    return { problems };
  }
  const [field] = named as [(typeof named)[number]];
  const value = raw[field];
  if (field === 'vault') return resolveVaultSecret(value, `${key}.vault`, context, problems);
  if (typeof value !== 'string') {
    add(field, `must be a string, got ${typeof value}`);
    return { problems };
  }
  switch (field) {
    case 'token': {
      const problem = tokenProblem(value, 'the token');
      if (problem !== undefined) add(field, problem);
      return problems.length
        ? { problems }
        : { source: { source: 'inline', token: new Secret(value.trim()) }, problems };
    }
    case 'tokenFile':
      if (value.trim() === '') add(field, 'must name a file');
      return problems.length
        ? { problems }
        : { source: { source: 'file', path: resolve(context.baseDir ?? process.cwd(), value) }, problems };
    case 'tokenEnv':
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(value)) add(field, 'must be an environment variable name');
      return problems.length ? { problems } : { source: { source: 'env', name: value }, problems };
  }
}

function resolveVaultSecret(
  value: unknown,
  key: string,
  context: SecretContext,
  problems: ConfigProblem[],
): { source?: SecretSource; problems: ConfigProblem[] } {
  const add = (field: string, message: string): void => {
    problems.push({ key: `${key}.${field}`, message });
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push({ key, message: 'must be a mapping (path, field, mount, …)' });
    return { problems };
  }
  const vault = value as Record<string, unknown>;
  for (const name of Object.keys(vault))
    if (!VAULT_KEYS.includes(name)) add(name, `unknown key (known: ${VAULT_KEYS.join(', ')})`);
  for (const [name, v] of Object.entries(vault))
    if (VAULT_KEYS.includes(name) && typeof v !== 'string') add(name, `must be a string, got ${typeof v}`);
  const text = (name: string): string | undefined =>
    typeof vault[name] === 'string' ? vault[name].trim() : undefined;
  const path = text('path');
  if (path === undefined || path === '') add('path', 'required: the secret path under the KV v2 mount');
  const login = resolveVaultLogin(text, add, context.vault);
  if (problems.length || path === undefined || login === undefined) return { problems };
  return {
    source: {
      source: 'vault',
      ...login,
      mount: trimSlashes(text('mount') ?? 'secret'),
      path: trimSlashes(path),
      field: text('field') ?? 'token',
    },
    problems,
  };
}
