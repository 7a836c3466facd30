import { ApplicationFailure } from '@temporalio/common';
import type { PacedCaller } from './resource.js';
import type { TokenBucket } from './token-bucket.js';

/** A failed call, classified by its provider: retry or stop, how to name it, and how long the server asked to wait. */
export interface ClassifiedError {
  type: string;
  retryable: boolean;
  status: number | undefined;
  retryAfterMs: number | undefined;
}

/** Watches calls for metrics: each request's status, each retry, bucket waits, and each call's total time. */
export interface ApiObserver {
  request(method: string, status: string): void;
  retry(method: string, type: string): void;
  bucketWait(seconds: number): void;
  call(method: string, seconds: number): void;
}

/** How one scope's calls are paced and retried, whichever provider makes them. */
export interface CallerOptions<E extends ClassifiedError = ClassifiedError> {
  bucket: TokenBucket;
  /** Attempts per call before the activity gives up and lets Temporal retry it. */
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Longest server-requested wait (Retry-After) honoured; longer requests wait this long. Default 60 s. */
  maxRetryAfterMs?: number;
  onRetry?: (error: E, attempt: number, delayMs: number) => void;
  /** Called at least every `waitSliceMs` while a retry waits (heartbeat, lease renewal); a throw ends the wait. */
  onWait?: () => void | Promise<void>;
  waitSliceMs?: number;
  random?: () => number;
  observer?: ApiObserver;
}

/** What a provider teaches the caller: how to read a failure, and how it crosses Temporal. */
export interface ErrorClassifier<E extends ClassifiedError> {
  classify(err: unknown, what: string): E;
  toFailure(error: E): ApplicationFailure;
}

/**
 * Makes a provider's calls under a per-scope token bucket; retries what the classifier calls retryable with jittered
 * exponential backoff (honouring Retry-After up to a cap), calling onWait during every wait so a heartbeat never
 * lapses; anything else, or the last attempt, throws the classifier's ApplicationFailure.
 */
export class RetryingCaller<E extends ClassifiedError> implements PacedCaller {
  /** Requests sent, retries included. */
  calls = 0;
  retries = 0;
  /** Called with onWait during retry waits, set by whoever must stay alive meanwhile (the scope lease). */
  keepAlive: (() => Promise<void>) | undefined;

  constructor(
    private readonly classifier: ErrorClassifier<E>,
    protected readonly options: CallerOptions<E>,
  ) {}

  /** Sends (`send`), then reads the answer (`read` throws on a bad one); `what` is `<method> <detail>`. */
  protected async run<R, T>(what: string, send: () => Promise<R>, read: (response: R) => T): Promise<T> {
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
        const response = await send();
        answered = true;
        const value = read(response);
        observer?.request(method, '200');
        observer?.call(method, (performance.now() - started) / 1000);
        return value;
      } catch (err) {
        if (err instanceof ApplicationFailure) throw err;
        const classified = this.classifier.classify(err, what);
        observer?.request(method, String(classified.status ?? (answered ? 200 : classified.type)));
        if (!classified.retryable || attempt >= maxAttempts) throw this.classifier.toFailure(classified);
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
