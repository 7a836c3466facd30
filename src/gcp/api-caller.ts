import { ApplicationFailure } from '@temporalio/common';
import { classifyGcpError, toApplicationFailure, type ClassifiedGcpError } from './gcp-errors.js';
import type { TokenBucket } from './token-bucket.js';

/** How one project's Google calls are paced and retried. */
export interface ApiCallerOptions {
  bucket: TokenBucket;
  /** Attempts per call before the activity gives up and lets Temporal retry it. */
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  onRetry?: (error: ClassifiedGcpError, attempt: number, delayMs: number) => void;
  random?: () => number;
}

/**
 * Makes Google calls under a per-project token bucket; retries throttling (403 rateLimitExceeded, 429 honouring
 * Retry-After), 5xx, resets and malformed bodies with jittered exponential backoff; permanent errors throw a
 * non-retryable ApplicationFailure at once.
 */
export class ApiCaller {
  /** Requests sent, retries included. */
  calls = 0;
  retries = 0;

  constructor(private readonly options: ApiCallerOptions) {}

  /** Calls `fn` (which returns a gaxios response) and returns its JSON body. */
  async call<T>(what: string, fn: () => Promise<{ data: T }>): Promise<T> {
    const { maxAttempts = 8, baseDelayMs = 250, maxDelayMs = 30_000, random = Math.random } = this.options;
    for (let attempt = 1; ; attempt++) {
      await this.options.bucket.take();
      this.calls++;
      try {
        const response = await fn();
        if (typeof response.data !== 'object' || response.data === null) {
          throw new SyntaxError('response body is not a JSON object (truncated or malformed)');
        }
        return response.data;
      } catch (err) {
        if (err instanceof ApplicationFailure) throw err;
        const classified = classifyGcpError(err, what);
        if (!classified.retryable || attempt >= maxAttempts) throw toApplicationFailure(classified);
        const backoff = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
        const delayMs = Math.max(
          classified.retryAfterMs ?? 0,
          Math.round(backoff / 2 + random() * (backoff / 2)),
        );
        this.retries++;
        this.options.onRetry?.(classified, attempt, delayMs);
        await new Promise((r) => setTimeout(r, delayMs));
      }
    }
  }
}
