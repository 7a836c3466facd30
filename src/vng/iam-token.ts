import { registerSecret } from '../config/known-secrets.js';
import type { Secret } from '../config/secret.js';
import { HttpAnswerError } from '../provider/http-answer.js';
import { classifyVng, errorDetail } from './vng-errors.js';
import type { VngTokenAnswer } from './types.js';

/** Refresh this long before the token's stated expiry (at half its life when it lives less than twice this). */
const REFRESH_MARGIN_MS = 60_000;

/** Where and how a session asks VNG's IAM for access tokens. */
export interface IamTokenOptions {
  /** The IAM base, e.g. `https://iamapis.vngcloud.vn/accounts-api`; the token endpoint is `<base>/v2/auth/token`. */
  iamEndpoint: string;
  clientId: string;
  clientSecret: Secret;
  fetch: typeof fetch;
  timeoutMs: number;
  signal: AbortSignal;
  now?: () => number;
}

/**
 * A session's access token from the OAuth2 client-credentials flow (HTTP Basic client id + secret, form body
 * `grant_type=client_credentials`). Fetched on first use, fetched again before it expires or when the API
 * rejected it; every token is registered as a secret so logs and errors never show it.
 */
export class IamToken {
  private token: string | undefined;
  private expiresAt = 0;
  private pending: Promise<string> | undefined;
  /** Tokens fetched so far (first one included). */
  fetched = 0;

  constructor(private readonly options: IamTokenOptions) {}

  /** The current token, fetched first when there is none or it is about to expire. */
  async current(): Promise<string> {
    const now = (this.options.now ?? Date.now)();
    if (this.token && now < this.expiresAt) return this.token;
    this.pending ??= this.fetchToken().finally(() => (this.pending = undefined));
    return this.pending;
  }

  /** Drops `token` when it is still the current one (the API answered 401 to it), so the next call fetches anew. */
  reject(token: string): void {
    if (this.token === token) this.token = undefined;
  }

  private async fetchToken(): Promise<string> {
    const { iamEndpoint, clientId, clientSecret, timeoutMs, signal } = this.options;
    const url = `${iamEndpoint.replace(/\/+$/, '')}/v2/auth/token`;
    const what = 'POST IAM /v2/auth/token';
    const basic = Buffer.from(`${clientId}:${clientSecret.reveal()}`).toString('base64');
    registerSecret(basic);
    const response = await this.options.fetch(url, {
      method: 'POST',
      headers: {
        Authorization: `Basic ${basic}`,
        'Content-Type': 'application/x-www-form-urlencoded',
        Accept: 'application/json',
      },
      body: 'grant_type=client_credentials',
      signal: AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]),
    });
    const text = await response.text();
    if (response.status !== 200)
      throw new HttpAnswerError(
        classifyVng(what, response.status, errorDetail(text), response.headers.get('retry-after')),
      );
    const answer = parseTokenAnswer(text, what);
    registerSecret(answer.access_token);
    const now = (this.options.now ?? Date.now)();
    const lifeMs = answer.expires_in * 1000;
    this.token = answer.access_token;
    this.expiresAt = now + (lifeMs > 2 * REFRESH_MARGIN_MS ? lifeMs - REFRESH_MARGIN_MS : lifeMs / 2);
    this.fetched++;
    return answer.access_token;
  }
}

function parseTokenAnswer(text: string, what: string): VngTokenAnswer {
  let body: Partial<VngTokenAnswer>;
  try {
    body = JSON.parse(text) as Partial<VngTokenAnswer>;
  } catch {
    throw new HttpAnswerError(classifyVng(what, 200, 'malformed token answer: not JSON'));
  }
  if (typeof body?.access_token !== 'string' || body.access_token.length === 0)
    throw new HttpAnswerError(classifyVng(what, 200, 'malformed token answer: no access_token'));
  if (typeof body.expires_in !== 'number' || !(body.expires_in > 0))
    throw new HttpAnswerError(classifyVng(what, 200, 'malformed token answer: no positive expires_in'));
  return body as VngTokenAnswer;
}
