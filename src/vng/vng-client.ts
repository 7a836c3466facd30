import type { Secret } from '../config/secret.js';
import { cappedFetch, DEFAULT_MAX_RESPONSE_BYTES } from '../http/capped-fetch.js';
import { IamToken } from './iam-token.js';

/** What the API answered: status, Retry-After, and the body text (parsed by the caller). */
export interface VngResponse {
  status: number;
  retryAfter: string | null;
  text: string;
}

/**
 * Tokens tried per call: a 401 drops the token and the call is made again with a fresh one, twice, since tokens can
 * be revoked again while a fresh one is in flight (several calls of one session share it); a third 401 is an answer.
 */
const TOKEN_ATTEMPTS = 3;

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
 * token is met with a fresh token (it may have expired or been revoked mid-run), up to TOKEN_ATTEMPTS tokens.
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
      for (let attempt = 1; ; attempt++) {
        const bearer = await token.current();
        const answer = await once(url, bearer);
        if (answer.status !== 401 || attempt === TOKEN_ATTEMPTS) return answer;
        token.reject(bearer);
      }
    },
    close: async () => controller.abort(),
  };
}
