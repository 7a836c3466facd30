import { createConfigService } from './config-service.js';
import { redactKnownSecrets } from './known-secrets.js';
import { redactUrl } from './redact-url.js';
import type { HotpotConfig } from './types.js';

/** What reading each configured Vault secret gave: `ok` lines name the secret, `problems` the key and the cause. */
export interface VaultCheck {
  ok: string[];
  problems: string[];
}

/**
 * Reads every secret the config takes from Vault (the GCP key, the S1 token) as a worker would, logging in the
 * same way, and reports each by its config key and path. Errors carry the key and cause, never the value.
 */
export async function checkVaultSecrets(
  config: Pick<HotpotConfig, 'gcp'> & Partial<Pick<HotpotConfig, 's1'>>,
): Promise<VaultCheck> {
  const out: VaultCheck = { ok: [], problems: [] };
  const service = createConfigService(config);
  const gcp = config.gcp.credentials;
  const s1 = config.s1?.token;
  const reads: [string, string, () => Promise<unknown>][] = [];
  if (gcp.source === 'vault')
    reads.push([
      'gcp.credentials.vault',
      `${gcp.mount}/${gcp.path} field "${gcp.field}" on ${redactUrl(gcp.address)}`,
      () => service.getGcpCredentials(),
    ]);
  if (s1?.source === 'vault')
    reads.push([
      's1.vault',
      `${s1.mount}/${s1.path} field "${s1.field}" on ${redactUrl(s1.address)}`,
      () => service.getS1Token!(),
    ]);
  for (const [key, where, read] of reads)
    try {
      await read();
      out.ok.push(`${key}: read ${where}`);
    } catch (err) {
      out.problems.push(redactKnownSecrets(`${key}: ${where}: ${(err as Error).message}`));
    }
  return out;
}
