import type { Secret } from '../config/secret.js';
import { cappedFetch, DEFAULT_MAX_RESPONSE_BYTES } from '../http/capped-fetch.js';
import { IamToken } from './iam-token.js';

/** What the API answered: status, Retry-After, and the body text (parsed by the caller). */
export interface VngResponse {
  status: number;
  retryAfter: string | null;
  text: string;
}

/** A session's VNG client: vServer GETs in any region, with an IAM access token fetched and refreshed as needed. */
export interface VngClient {
  /** The vServer base of a region (`{region}` of the endpoint template, lower-cased, filled in). */
  baseOf(region: string): string;
  /** One GET; resolves with any HTTP status, rejects when no answer arrived or no token could be had. */
  get(region: string, path: string, params: Record<string, string>): Promise<VngResponse>;
  /** Access tokens fetched by this session so far. */
  readonly tokensFetched: number;
  close(): Promise<void>;
}

/** What a session's client needs. */
export interface VngClientOptions {
  iamEndpoint: string;
  /** The vServer gateway, with `{region}` for the region: `https://{region}.api.vngcloud.vn/vserver/vserver-gateway`. */
  vserverEndpoint: string;
  clientId: string;
  clientSecret: Secret;
  timeoutMs?: number;
  fetch?: typeof fetch;
  /** Largest response body read, in bytes (`vng.maxResponseBytes`). */
  maxResponseBytes?: number;
}

/**
 * Builds a fetch-based client. The bearer token goes only into the Authorization header; a 401 answered to a
 * token is met once with a fresh token (it may have expired or been revoked mid-run) before it counts.
 */
export function createVngClient(options: VngClientOptions): VngClient {
  const fetchFn = cappedFetch(
    options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
    'vng.maxResponseBytes',
    options.fetch ?? fetch,
  );
  const timeoutMs = options.timeoutMs ?? 60_000;
  const controller = new AbortController();
  const token = new IamToken({
    iamEndpoint: options.iamEndpoint,
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    fetch: fetchFn,
    timeoutMs,
    signal: controller.signal,
  });
  const baseOf = (region: string) =>
    options.vserverEndpoint.replace(/\{region\}/g, region.toLowerCase()).replace(/\/+$/, '');
  const once = async (url: string, bearer: string): Promise<VngResponse> => {
    const response = await fetchFn(url, {
      headers: { Authorization: `Bearer ${bearer}`, Accept: 'application/json' },
      signal: AbortSignal.any([controller.signal, AbortSignal.timeout(timeoutMs)]),
    });
    return {
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      text: await response.text(),
    };
  };
  return {
    baseOf,
    get tokensFetched() {
      return token.fetched;
    },
    async get(region, path, params) {
      const query = new URLSearchParams(params).toString();
      const url = `${baseOf(region)}${path}${query ? `?${query}` : ''}`;
      const bearer = await token.current();
      const first = await once(url, bearer);
      if (first.status !== 401) return first;
      token.reject(bearer);
      return once(url, await token.current());
    },
    close: async () => controller.abort(),
  };
}
