import { RetryingCaller, type CallerOptions } from '../provider/retrying-caller.js';
import { classifyGcpError, toApplicationFailure, type ClassifiedGcpError } from './gcp-errors.js';

export type { ApiObserver } from '../provider/retrying-caller.js';

/** How one project's Google calls are paced and retried. */
export type GoogleApiCallerOptions = CallerOptions<ClassifiedGcpError>;

const googleErrors = { classify: classifyGcpError, toFailure: toApplicationFailure };

/**
 * Makes Google calls under a per-project token bucket; retries throttling (403 rateLimitExceeded, 429 honouring
 * Retry-After up to a cap), 5xx, resets and malformed bodies with jittered exponential backoff, calling onWait
 * during every wait so a heartbeat never lapses; permanent errors throw a non-retryable ApplicationFailure at once.
 */
export class GoogleApiCaller extends RetryingCaller<ClassifiedGcpError> {
  constructor(options: GoogleApiCallerOptions) {
    super(googleErrors, options);
  }

  /** Calls `fn` (which returns a gaxios response) and returns its JSON body; `validate` throws on a malformed one. */
  call<T>(what: string, fn: () => Promise<{ data: T }>, validate?: (body: unknown) => void): Promise<T> {
    return this.run(what, fn, (response) => {
      if (typeof response.data !== 'object' || response.data === null) {
        throw new SyntaxError('response body is not a JSON object (truncated or malformed)');
      }
      validate?.(response.data);
      return response.data;
    });
  }
}
