import { redactUrl } from './redact-url.js';
import type { GcpCredentialSource } from './types.js';

const SOURCE_KEY: Record<GcpCredentialSource['source'], string> = {
  adc: 'gcp.credentials.source',
  none: 'gcp.credentials.source',
  keyFile: 'gcp.credentials.keyFile',
  inline: 'gcp.credentials.json',
  vault: 'gcp.credentials.vault.path',
};

/** True when `endpoint` is plain http: credentials sent there travel in clear text. */
export function isPlainHttp(endpoint: string | undefined): boolean {
  return endpoint !== undefined && /^http:/i.test(endpoint.trim());
}

/**
 * Why real credentials must not go to this endpoint, or undefined: a plain-http `gcp.endpoint` is only for an
 * emulator (credentials `none`) unless `gcp.allowInsecureEndpoint` is set. Names the source, never the secret.
 */
export function insecureEndpoint(
  gcp: { endpoint?: string | undefined; allowInsecureEndpoint?: boolean | undefined },
  source: GcpCredentialSource,
  originOf: (key: string) => string | undefined,
): string | undefined {
  if (!isPlainHttp(gcp.endpoint) || source.source === 'none' || gcp.allowInsecureEndpoint === true)
    return undefined;
  const key = SOURCE_KEY[source.source];
  const origin = originOf(key);
  const from = origin === undefined ? key : `${key}, ${origin}`;
  return (
    `${redactUrl(gcp.endpoint ?? '')} is plain http and would receive the "${source.source}" credentials (${from}) in clear text; ` +
    'use https, credentials source none for an emulator, or set gcp.allowInsecureEndpoint (HOTPOT_GCP_ALLOW_INSECURE_ENDPOINT=true)'
  );
}
