import { readFile } from 'node:fs/promises';
import { CredentialsError } from './credentials-error.js';
import { redactUrl } from './redact-url.js';
import { parseServiceAccountKey } from './service-account-key.js';
import type { ConfigService, GcpCredentials, GcpCredentialSource, HotpotConfig } from './types.js';
import { createVaultClient, type VaultClient } from './vault-client.js';

/** Test seams for the config service. */
export interface ConfigServiceDeps {
  fetch?: typeof fetch;
  now?: () => number;
}

/** A ConfigService that re-reads the credential source on every call (key file, Vault), so rotations reach the next session. */
export function createConfigService(
  config: Pick<HotpotConfig, 'gcp'>,
  deps: ConfigServiceDeps = {},
): ConfigService {
  const source = config.gcp.credentials;
  const vault = source.source === 'vault' ? createVaultClient({ ...source, ...deps }) : undefined;
  return { getGcpCredentials: () => readCredentials(source, vault) };
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
      return serviceAccount(await readKeyFile(source.path), `key file ${source.path}`);
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

async function readKeyFile(path: string): Promise<string> {
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
    throw new CredentialsError(`GCP key file ${path} ${reason}`);
  }
}
