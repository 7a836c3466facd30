import { CredentialsError } from '../config/credentials-error.js';
import type { Secret } from '../config/secret.js';
import type { ConfigService } from '../config/types.js';
import { cappedFetch, DEFAULT_MAX_RESPONSE_BYTES } from '../http/capped-fetch.js';
import { deviceFetch } from './device-fetch.js';
import type { FortinetDeviceConfig } from './fortinet-config.js';

/** What a FortiGate answered: status, Retry-After, and the body text (parsed and checked by the caller). */
export interface FortinetResponse {
  status: number;
  retryAfter: string | null;
  text: string;
}

/** No token could be read for a device: the scope stops, naming the config key, never the value. */
export class FortinetTokenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FortinetTokenError';
  }
}

/**
 * A session's FortiOS client over every configured FortiGate: GETs under `<baseUrl>/api/v2/` with
 * `Authorization: Bearer <token>`. Each device's token is read the first time the session calls it, so a session
 * picks up rotated tokens and one device's unreadable secret stops only its own scopes.
 */
export interface FortinetClient {
  /** The device named in a scope, or undefined when the config has none of that name. */
  device(name: string): FortinetDeviceConfig | undefined;
  /** One GET of `path` (`cmdb/firewall/policy`, …); resolves with any HTTP status, rejects when no answer arrived. */
  get(device: string, path: string, params: Record<string, string>): Promise<FortinetResponse>;
  close(): Promise<void>;
}

/** Client options beyond the devices and the secrets. */
export interface FortinetClientOptions {
  timeoutMs?: number;
  /** Largest response body read, in bytes (`fortinet.maxResponseBytes`); a larger one fails the call as malformed. */
  maxResponseBytes?: number;
}

/** Builds the session's client; tokens come from `credentials.readSecret`, one read per device per session. */
export function createFortinetClient(
  devices: readonly FortinetDeviceConfig[],
  credentials: ConfigService,
  options: FortinetClientOptions = {},
): FortinetClient {
  const byName = new Map(devices.map((d) => [d.name, d]));
  const tokens = new Map<string, Promise<Secret>>();
  const fetches = new Map<string, typeof fetch>();
  const controller = new AbortController();
  const timeoutMs = options.timeoutMs ?? 60_000;
  const cap = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const tokenOf = (device: FortinetDeviceConfig): Promise<Secret> => {
    let token = tokens.get(device.name);
    if (!token) {
      token = credentials.readSecret
        ? credentials.readSecret(device.secret, device.secretKey).catch((err: unknown) => {
            tokens.delete(device.name);
            throw new FortinetTokenError(
              err instanceof CredentialsError
                ? err.message
                : `${device.secretKey}: the token could not be read`,
            );
          })
        : Promise.reject(new FortinetTokenError('this worker cannot read provider secrets'));
      tokens.set(device.name, token);
    }
    return token;
  };
  return {
    device: (name) => byName.get(name),
    async get(name, path, params) {
      const device = byName.get(name);
      if (!device) throw new FortinetTokenError(`no device '${name}' in fortinet.devices`);
      const token = await tokenOf(device);
      let fetchFn = fetches.get(name);
      if (!fetchFn) {
        fetchFn = cappedFetch(cap, 'fortinet.maxResponseBytes', deviceFetch(device.ca));
        fetches.set(name, fetchFn);
      }
      const query = new URLSearchParams(params).toString();
      const response = await fetchFn(`${device.baseUrl}/api/v2/${path}${query ? `?${query}` : ''}`, {
        headers: { Authorization: `Bearer ${token.reveal()}`, Accept: 'application/json' },
        signal: AbortSignal.any([controller.signal, AbortSignal.timeout(timeoutMs)]),
      });
      return {
        status: response.status,
        retryAfter: response.headers.get('retry-after'),
        text: await response.text(),
      };
    },
    close: async () => controller.abort(),
  };
}
