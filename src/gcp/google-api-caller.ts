import { ApplicationFailure } from '@temporalio/common';
import { classifyGcpError, toApplicationFailure, type ClassifiedGcpError } from './gcp-errors.js';
import type { TokenBucket } from '../provider/token-bucket.js';

/** Watches calls for metrics: each request's status, each retry, bucket waits, and each call's total time. */
export interface ApiObserver {
  request(method: string, status: string): void;
  retry(method: string, type: string): void;
  bucketWait(seconds: number): void;
  call(method: string, seconds: number): void;
}

/** How one project's Google calls are paced and retried. */
export interface ApiCallerOptions {
  bucket: TokenBucket;
  /** Attempts per call before the activity gives up and lets Temporal retry it. */
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Longest server-requested wait (Retry-After) honoured; longer requests wait this long. Default 60 s. */
  maxRetryAfterMs?: number;
  onRetry?: (error: ClassifiedGcpError, attempt: number, delayMs: number) => void;
  /** Called at least every `waitSliceMs` while a retry waits (heartbeat, lease renewal); a throw ends the wait. */
  onWait?: () => void | Promise<void>;
  waitSliceMs?: number;
  random?: () => number;
  observer?: ApiObserver;
}

/**
 * Makes Google calls under a per-project token bucket; retries throttling (403 rateLimitExceeded, 429 honouring
 * Retry-After up to a cap), 5xx, resets and malformed bodies with jittered exponential backoff, calling onWait
 * during every wait so a heartbeat never lapses; permanent errors throw a non-retryable ApplicationFailure at once.
 */
export class ApiCaller {
  /** Requests sent, retries included. */
  calls = 0;
  retries = 0;
  /** Called with onWait during retry waits, set by whoever must stay alive meanwhile (the scope lease). */
  keepAlive: (() => Promise<void>) | undefined;

  constructor(private readonly options: ApiCallerOptions) {}

  /** Calls `fn` (which returns a gaxios response) and returns its JSON body; `validate` throws on a malformed one. */
  async call<T>(
    what: string,
    fn: () => Promise<{ data: T }>,
    validate?: (body: unknown) => void,
  ): Promise<T> {
    const { maxAttempts = 8, baseDelayMs = 250, maxDelayMs = 30_000, random = Math.random } = this.options;
    const { maxRetryAfterMs = 60_000, observer } = this.options;
    const method = what.split(' ', 1)[0] ?? what;
    const started = performance.now();
    for (let attempt = 1; ; attempt++) {
      const waitStart = performance.now();
      await this.options.bucket.take();
      observer?.bucketWait((performance.now() - waitStart) / 1000);
      this.calls++;
      let answered = false;
      try {
        const response = await fn();
        answered = true;
        observer?.request(method, '200');
        if (typeof response.data !== 'object' || response.data === null) {
          throw new SyntaxError('response body is not a JSON object (truncated or malformed)');
        }
        validate?.(response.data);
        observer?.call(method, (performance.now() - started) / 1000);
        return response.data;
      } catch (err) {
        if (err instanceof ApplicationFailure) throw err;
        const classified = classifyGcpError(err, what);
        if (!answered) observer?.request(method, String(classified.status ?? classified.type));
        if (!classified.retryable || attempt >= maxAttempts) throw toApplicationFailure(classified);
        const backoff = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
        const delayMs = Math.max(
          Math.min(classified.retryAfterMs ?? 0, maxRetryAfterMs),
          Math.round(backoff / 2 + random() * (backoff / 2)),
        );
        this.retries++;
        observer?.retry(method, classified.type);
        this.options.onRetry?.(classified, attempt, delayMs);
        await this.wait(delayMs);
      }
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
