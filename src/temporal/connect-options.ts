import { readFileSync } from 'node:fs';
import type { TLSConfig } from '@temporalio/client';
import type { HotpotConfig, TlsSource } from '../config/types.js';
import { HotpotError } from '../errors.js';

/** What both `Connection.connect` (client) and `NativeConnection.connect` (worker) take. */
export interface TemporalConnectOptions {
  address: string;
  tls?: TLSConfig | boolean;
  apiKey?: string;
  metadata?: Record<string, string>;
}

/** The settings that name each TLS part, for errors a person can act on. */
export const TLS_SETTINGS = {
  serverCaCert: 'TEMPORAL_TLS_SERVER_CA_CERT_PATH',
  clientCert: 'TEMPORAL_TLS_CLIENT_CERT_PATH',
  clientKey: 'TEMPORAL_TLS_CLIENT_KEY_PATH',
  serverName: 'TEMPORAL_TLS_SERVER_NAME',
} as const;

/**
 * Connection options from the resolved Temporal settings; certificate and key files are read now, so a rotated
 * file is used by the next connection. TLS is on when configured or when an API key is set (as Temporal's SDKs do).
 */
export function temporalConnectOptions(temporal: HotpotConfig['temporal']): TemporalConnectOptions {
  const options: TemporalConnectOptions = { address: temporal.address };
  const { tls } = temporal;
  if (tls !== undefined) {
    const ca = tls.serverCaCert && read(tls.serverCaCert, TLS_SETTINGS.serverCaCert);
    const crt = tls.clientCert && read(tls.clientCert, TLS_SETTINGS.clientCert);
    const key = tls.clientKey && read(tls.clientKey, TLS_SETTINGS.clientKey);
    options.tls = {
      ...(tls.serverName !== undefined && { serverNameOverride: tls.serverName }),
      ...(ca && { serverRootCACertificate: ca }),
      ...(crt && key && { clientCertPair: { crt, key } }),
    };
  } else if (temporal.apiKey !== undefined) {
    options.tls = true;
  }
  if (temporal.apiKey !== undefined) options.apiKey = temporal.apiKey.reveal();
  if (temporal.grpcMeta !== undefined)
    options.metadata = Object.fromEntries(Object.entries(temporal.grpcMeta).map(([k, v]) => [k, v.reveal()]));
  return options;
}

function read(source: TlsSource, setting: string): Buffer {
  if ('data' in source) return Buffer.from(source.data.reveal());
  try {
    return readFileSync(source.path);
  } catch (err) {
    throw new HotpotError(
      `cannot read ${source.path} (${setting}): ${(err as NodeJS.ErrnoException).code ?? 'error'}`,
    );
  }
}
