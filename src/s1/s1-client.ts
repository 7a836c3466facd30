import type { Secret } from '../config/secret.js';
import { cappedFetch, DEFAULT_MAX_RESPONSE_BYTES } from '../http/capped-fetch.js';

/** What the console answered: status, Retry-After, and the body text (parsed by the caller). */
export interface S1Response {
  status: number;
  retryAfter: string | null;
  text: string;
}

/** A session's SentinelOne API client: GETs under `/web/api/v2.1` with the token read when the session began. */
export interface S1Client {
  readonly endpoint: string;
  /** Accounts the config narrows the console to (`s1.accountIds`); empty = all the token sees. */
  readonly accountIds: readonly string[];
  /** One GET; resolves with any HTTP status, rejects only when no answer arrived (network, timeout). */
  get(path: string, params: Record<string, string>): Promise<S1Response>;
  close(): Promise<void>;
}

/** Client options beyond token and endpoint. */
export interface S1ClientOptions {
  accountIds?: readonly string[];
  timeoutMs?: number;
  fetch?: typeof fetch;
  /** Largest response body read, in bytes (`s1.maxResponseBytes`); a larger one fails the call as malformed. */
  maxResponseBytes?: number;
}

/** Builds a fetch-based client; the token goes only into the Authorization header (`ApiToken <token>`). */
export function createS1Client(token: Secret, endpoint: string, options: S1ClientOptions = {}): S1Client {
  const base = `${endpoint.replace(/\/+$/, '')}/web/api/v2.1`;
  const fetchFn = cappedFetch(
    options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
    's1.maxResponseBytes',
    options.fetch ?? fetch,
  );
  const timeoutMs = options.timeoutMs ?? 60_000;
  const controller = new AbortController();
  return {
    endpoint,
    accountIds: options.accountIds ?? [],
    async get(path, params) {
      const query = new URLSearchParams(params).toString();
      const response = await fetchFn(`${base}${path}${query ? `?${query}` : ''}`, {
        headers: { Authorization: `ApiToken ${token.reveal()}`, Accept: 'application/json' },
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
