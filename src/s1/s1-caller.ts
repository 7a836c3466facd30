import type { PacedCaller } from '../provider/resource.js';
import type { TokenBucket } from '../provider/token-bucket.js';
import { classifyS1, errorDetail, toS1Failure, type ClassifiedS1Error } from './s1-errors.js';
import type { S1Client } from './s1-client.js';

/** How one console's calls are paced and retried. */
export interface S1CallerOptions {
  bucket: TokenBucket;
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Longest Retry-After honoured; longer requests wait this long. Default 60 s. */
  maxRetryAfterMs?: number;
  onRetry?: (error: ClassifiedS1Error, attempt: number, delayMs: number) => void;
  /** Called at least every `waitSliceMs` while a retry waits (heartbeat); a throw ends the wait. */
  onWait?: () => void | Promise<void>;
  waitSliceMs?: number;
  random?: () => number;
}

/**
 * Makes SentinelOne GETs under a per-console token bucket; retries 429 (honouring Retry-After up to a cap), 5xx,
 * network failures and malformed bodies with jittered exponential backoff; 400/401/403/404 throw a
 * non-retryable ApplicationFailure at once. The token never appears in an error.
 */
export class S1Caller implements PacedCaller {
  calls = 0;
  retries = 0;
  keepAlive: (() => Promise<void>) | undefined;

  constructor(private readonly options: S1CallerOptions) {}

  /** GETs `path` and returns its JSON body once `validate` accepts it (it throws on a malformed body). */
  async get<T>(
    client: S1Client,
    path: string,
    params: Record<string, string>,
    validate: (body: unknown) => T,
  ): Promise<T> {
    const { maxAttempts = 8, baseDelayMs = 250, maxDelayMs = 30_000, random = Math.random } = this.options;
    const what = `GET ${path}`;
    for (let attempt = 1; ; attempt++) {
      await this.options.bucket.take();
      this.calls++;
      const failure = await this.attempt(client, what, path, params, validate);
      if (failure.ok) return failure.value;
      const classified = failure.error;
      if (!classified.retryable || attempt >= maxAttempts) throw toS1Failure(classified);
      const backoff = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
      const delayMs = Math.max(
        Math.min(classified.retryAfterMs ?? 0, this.options.maxRetryAfterMs ?? 60_000),
        Math.round(backoff / 2 + random() * (backoff / 2)),
      );
      this.retries++;
      this.options.onRetry?.(classified, attempt, delayMs);
      await this.wait(delayMs);
    }
  }

  private async attempt<T>(
    client: S1Client,
    what: string,
    path: string,
    params: Record<string, string>,
    validate: (body: unknown) => T,
  ): Promise<{ ok: true; value: T } | { ok: false; error: ClassifiedS1Error }> {
    let response;
    try {
      response = await client.get(path, params);
    } catch (err) {
      const cause = err instanceof Error && err.cause instanceof Error ? err.cause.message : '';
      return { ok: false, error: classifyS1(what, undefined, `${(err as Error).message} ${cause}`.trim()) };
    }
    if (response.status !== 200) {
      const detail = errorDetail(response.text);
      return { ok: false, error: classifyS1(what, response.status, detail, response.retryAfter) };
    }
    try {
      return { ok: true, value: validate(JSON.parse(response.text)) };
    } catch (err) {
      return { ok: false, error: classifyS1(what, 200, `malformed body: ${(err as Error).message}`) };
    }
  }

  private async wait(ms: number): Promise<void> {
    const slice = this.options.waitSliceMs ?? 10_000;
    for (let left = ms; left > 0; left -= slice) {
      await new Promise((r) => setTimeout(r, Math.min(slice, left)));
      await this.options.onWait?.();
      await this.keepAlive?.();
    }
  }
}
