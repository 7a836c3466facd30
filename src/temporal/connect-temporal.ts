import { Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import type { HotpotConfig } from '../config/types.js';
import { HotpotError } from '../errors.js';
import { TLS_SETTINGS, temporalConnectOptions, type TemporalConnectOptions } from './connect-options.js';
import { probeTls } from './tls-probe.js';

type TemporalSettings = HotpotConfig['temporal'];

/** A client connection to the configured frontend (address, TLS, mTLS, API key); a failure is one line naming the setting to check. */
export async function connectClient(temporal: TemporalSettings, connectTimeout = 5000): Promise<Connection> {
  const options = temporalConnectOptions(temporal);
  try {
    return await Connection.connect({ ...options, connectTimeout });
  } catch (err) {
    throw await temporalConnectError(err, temporal, options);
  }
}

/** A worker (native) connection with the same settings and errors as `connectClient`. */
export async function connectNative(temporal: TemporalSettings): Promise<NativeConnection> {
  const options = temporalConnectOptions(temporal);
  try {
    return await NativeConnection.connect(options);
  } catch (err) {
    throw await temporalConnectError(err, temporal, options);
  }
}

/** Turns a connection failure into one line that says where, how, and which setting is the likely cause. */
async function temporalConnectError(
  err: unknown,
  temporal: TemporalSettings,
  options: TemporalConnectOptions,
): Promise<HotpotError> {
  const raw = causes(err);
  const how = describeTransport(temporal);
  const at = `cannot connect to Temporal at ${temporal.address} (TEMPORAL_ADDRESS, ${how})`;
  const hint = settingHint(raw, temporal) ?? (await probeTls(options)) ?? GENERIC_HINT;
  return new HotpotError(`${at}: ${hint}: ${scrub(raw, temporal)}`);
}

const GENERIC_HINT = 'check TEMPORAL_ADDRESS and that the server is running';

function settingHint(message: string, temporal: TemporalSettings): string | undefined {
  const m = message.toLowerCase();
  const tls = temporal.tls;
  const mtls = tls?.clientCert !== undefined;
  if (/no required ssl certificate|certificate required|status code 400|400 bad request/.test(m))
    return mtls
      ? `the server refused the client certificate; check ${TLS_SETTINGS.clientCert} and ${TLS_SETTINGS.clientKey}`
      : `the server requires a client certificate (mTLS); set ${TLS_SETTINGS.clientCert} and ${TLS_SETTINGS.clientKey}`;
  if (/ssl certificate error|bad certificate|unknown ca|certificate unknown|alert/.test(m))
    return `the server rejected the client certificate; check ${TLS_SETTINGS.clientCert} and ${TLS_SETTINGS.clientKey}`;
  if (/invalid peer certificate|unknownissuer|unknown issuer|self.signed|certificate verify/.test(m))
    return `the server's certificate is not trusted; set ${TLS_SETTINGS.serverCaCert} to its CA`;
  if (/notvalidforname|not valid for name|hostname mismatch|name mismatch/.test(m))
    return `the server's certificate does not name this host; set ${TLS_SETTINGS.serverName}`;
  if (/unauthenticated|unauthorized|permission denied|invalid api key|401|403/.test(m))
    return 'the server refused the credentials; check TEMPORAL_API_KEY or the client certificate';
  if (tls === undefined && temporal.apiKey === undefined && /frame|http2|protocol|connection reset/.test(m))
    return 'the server may require TLS; set TEMPORAL_TLS=true (with TEMPORAL_TLS_SERVER_CA_CERT_PATH for a private CA)';
  return undefined;
}

function describeTransport(temporal: TemporalSettings): string {
  if (temporal.tls === undefined) return temporal.apiKey === undefined ? 'plain gRPC' : 'TLS, API key';
  const parts = ['TLS'];
  if (temporal.tls.clientCert !== undefined) parts.push('client certificate');
  if (temporal.apiKey !== undefined) parts.push('API key');
  return parts.join(', ');
}

/** The messages of an error and its causes, on one line. */
function causes(err: unknown): string {
  const parts: string[] = [];
  for (let e = err as Error | undefined; e && parts.length < 4; e = e.cause as Error | undefined) {
    const line = (e.message ?? String(e)).split('\n')[0]?.trim();
    if (line && !parts.includes(line)) parts.push(line);
  }
  return parts.join(': ');
}

function scrub(message: string, temporal: TemporalSettings): string {
  const key = temporal.apiKey?.reveal();
  return key ? message.split(key).join('<redacted>') : message;
}
