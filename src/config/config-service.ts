import { readFile } from 'node:fs/promises';
import { checkedToken } from './credential-text.js';
import { CredentialsError } from './credentials-error.js';
import { registerSecret } from './known-secrets.js';
import { redactUrl } from './redact-url.js';
import { parseServiceAccountKey } from './service-account-key.js';
import { Secret } from './secret.js';
import type {
  ConfigService,
  GcpCredentials,
  GcpCredentialSource,
  HotpotConfig,
  S1TokenSource,
} from './types.js';
import { createVaultClient, type VaultClient } from './vault-client.js';
import type { SecretSource } from './secret-source.js';

/** Test seams for the config service. */
export interface ConfigServiceDeps {
  fetch?: typeof fetch;
  now?: () => number;
}

/** A ConfigService that re-reads the credential source on every call (key file, Vault), so rotations reach the next session. */
export function createConfigService(
  config: Pick<HotpotConfig, 'gcp'> & Partial<Pick<HotpotConfig, 's1'>>,
  deps: ConfigServiceDeps = {},
): ConfigService {
  const source = config.gcp.credentials;
  const vault = source.source === 'vault' ? createVaultClient({ ...source, ...deps }) : undefined;
  const s1 = config.s1?.token;
  const s1Vault = s1?.source === 'vault' ? createVaultClient({ ...s1, ...deps }) : undefined;
  const vaults = new WeakMap<SecretSource, VaultClient>();
  const vaultFor = (secret: Extract<SecretSource, { source: 'vault' }>): VaultClient => {
    let client = vaults.get(secret);
    if (!client) vaults.set(secret, (client = createVaultClient({ ...secret, ...deps })));
    return client;
  };
  return {
    getGcpCredentials: () => readCredentials(source, vault),
    getS1Token: () => readS1Token(s1, s1Vault),
    readSecret: (secret, key) => readSecret(secret, key, vaultFor),
  };
}

async function readSecret(
  source: SecretSource,
  key: string,
  vaultFor: (source: Extract<SecretSource, { source: 'vault' }>) => VaultClient,
): Promise<Secret> {
  switch (source.source) {
    case 'inline':
      return new Secret(checkedToken(source.token.reveal(), `${key}.token`));
    case 'env': {
      const value = process.env[source.name];
      if (value === undefined)
        throw new CredentialsError(`environment variable ${source.name} (${key}.tokenEnv) is not set`);
      registerSecret(value);
      return new Secret(checkedToken(value, `environment variable ${source.name} (${key}.tokenEnv)`));
    }
    case 'file': {
      const text = await readSecretFile(source.path, `secret file (${key}.tokenFile)`);
      registerSecret(text);
      return new Secret(checkedToken(text, `secret file ${source.path} (${key}.tokenFile)`));
    }
    case 'vault': {
      const secret = await vaultFor(source).readKv2(source.mount, source.path);
      const value = secret.data[source.field];
      if (typeof value === 'string') registerSecret(value);
      const where = `field "${source.field}" of Vault secret ${source.mount}/${source.path} on ${redactUrl(source.address)} (${key}.vault)`;
      if (typeof value !== 'string')
        throw new CredentialsError(`${where} is missing or not a string (${key}.vault.field)`);
      return new Secret(checkedToken(value, where));
    }
  }
}

async function readS1Token(
  source: S1TokenSource | undefined,
  vault: VaultClient | undefined,
): Promise<Secret> {
  switch (source?.source) {
    case undefined:
      throw new CredentialsError(
        'no SentinelOne API token: set s1.token (HOTPOT_S1_API_TOKEN), s1.tokenFile or s1.vault.path',
      );
    case 'inline':
      return new Secret(checkedToken(source.token.reveal(), 's1.token (HOTPOT_S1_API_TOKEN)'));
    case 'file': {
      const text = await readSecretFile(source.path, 'SentinelOne token file');
      registerSecret(text);
      return new Secret(checkedToken(text, `SentinelOne token file ${source.path} (s1.tokenFile)`));
    }
    case 'vault': {
      const secret = await (vault as VaultClient).readKv2(source.mount, source.path);
      const value = secret.data[source.field];
      if (typeof value === 'string') registerSecret(value);
      const where = `field "${source.field}" of Vault secret ${source.mount}/${source.path} on ${redactUrl(source.address)} (s1.vault)`;
      if (typeof value !== 'string') {
        throw new CredentialsError(`${where} is missing or not a string (s1.vault.field)`);
      }
      return new Secret(checkedToken(value, where));
    }
  }
}

async function readCredentials(
  source: GcpCredentialSource,
  vault: VaultClient | undefined,
): Promise<GcpCredentials> {
  switch (source.source) {
    case 'adc':
      return { kind: 'adc' };
    case 'none':
      return { kind: 'none' };
    case 'keyFile':
      return serviceAccount(await readSecretFile(source.path, 'GCP key file'), `key file ${source.path}`);
    case 'inline':
      return serviceAccount(
        source.json.reveal(),
        'the inline credentials JSON (HOTPOT_GCP_CREDENTIALS_JSON)',
      );
    case 'vault': {
      const secret = await (vault as VaultClient).readKv2(source.mount, source.path);
      const where = `Vault secret ${source.mount}/${source.path} (version ${secret.version}) on ${redactUrl(source.address)}`;
      const value = secret.data[source.field];
      if (value === undefined) {
        const fields = Object.keys(secret.data).join(', ') || 'none';
        throw new CredentialsError(
          `${where} has no field "${source.field}" (fields: ${fields}); set HOTPOT_VAULT_FIELD`,
        );
      }
      return serviceAccount(value, `field "${source.field}" of ${where}`);
    }
  }
}

function serviceAccount(input: unknown, label: string): GcpCredentials {
  return { kind: 'serviceAccount', key: parseServiceAccountKey(input, label) };
}

async function readSecretFile(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'does not exist'
        : code === 'EACCES'
          ? 'is not readable'
          : `cannot be read (${code})`;
    throw new CredentialsError(`${what} ${path} ${reason}`);
  }
}
