import { redactUrl } from './redact-url.js';
import type { GcpCredentialSource } from './types.js';

const SOURCE_KEY: Record<GcpCredentialSource['source'], string> = {
  adc: 'gcp.credentials.source',
  none: 'gcp.credentials.source',
  keyFile: 'gcp.credentials.keyFile',
  inline: 'gcp.credentials.json',
  vault: 'gcp.credentials.vault.path',
};

/** True when `endpoint` is plain http to a host other than this machine's loopback: no flag may send credentials there. */
function isPlainHttpToRemote(endpoint: string | undefined): boolean {
  if (!isPlainHttp(endpoint)) return false;
  try {
    const host = new URL((endpoint ?? '').trim()).hostname.toLowerCase();
    return !(
      host === 'localhost' ||
      host.endsWith('.localhost') ||
      /^127\.\d+\.\d+\.\d+$/.test(host) ||
      host === '[::1]'
    );
  } catch {
    return true;
  }
}

/** Why the insecure-endpoint flag cannot apply to `endpoint` (plain http to another machine), or undefined. */
export function remoteInsecureProblem(endpoint: string | undefined, flag: string): string | undefined {
  return isPlainHttpToRemote(endpoint)
    ? `${redactUrl(endpoint ?? '')} is plain http to another machine: credentials would cross the network in clear text; ${flag} allows plain http to loopback (an emulator) only, so use https`
    : undefined;
}

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
  if (!isPlainHttp(gcp.endpoint) || source.source === 'none') return undefined;
  if (gcp.allowInsecureEndpoint === true)
    return remoteInsecureProblem(gcp.endpoint, 'gcp.allowInsecureEndpoint');
  const key = SOURCE_KEY[source.source];
  const origin = originOf(key);
  const from = origin === undefined ? key : `${key}, ${origin}`;
  return (
    `${redactUrl(gcp.endpoint ?? '')} is plain http and would receive the "${source.source}" credentials (${from}) in clear text; ` +
    'use https, credentials source none for an emulator, or set gcp.allowInsecureEndpoint (HOTPOT_GCP_ALLOW_INSECURE_ENDPOINT=true)'
  );
}
