import { RetryingCaller, type CallerOptions } from '../provider/retrying-caller.js';
import { FortinetTokenError, type FortinetClient, type FortinetResponse } from './fortinet-client.js';
import { HttpAnswerError, httpClassifier } from '../provider/http-answer.js';
import { classifyFortinet, errorDetail, type ClassifiedFortinetError } from './fortinet-errors.js';
import { FortinetFailureType } from './failure-types.js';

/** How one scope's calls are paced and retried. */
export type FortinetCallerOptions = CallerOptions<ClassifiedFortinetError>;

const shared = httpClassifier(FortinetFailureType);

/** The shared HTTP classifier, plus a token that cannot be read: unauthenticated, not retried. */
const fortinetErrors = {
  classify(err: unknown, what: string): ClassifiedFortinetError {
    if (err instanceof FortinetTokenError)
      return {
        type: FortinetFailureType.Unauthenticated,
        retryable: false,
        status: undefined,
        retryAfterMs: undefined,
        message: `${what}: ${err.message}`,
      };
    return shared.classify(err, what);
  },
  toFailure: (error: ClassifiedFortinetError) => shared.toFailure(error),
};

/**
 * Reads an answer: `parse` gets the HTTP status and the parsed body and returns the value, `undefined` to let the
 * status decide (a non-200 is an error), or throws when a 200 body is malformed.
 */
export type FortinetRead<T> = (status: number, body: unknown) => T | undefined;

/**
 * Makes FortiOS GETs under a per-scope token bucket; retries 429 (honouring Retry-After up to a cap), 5xx, network
 * failures and malformed bodies with jittered exponential backoff; 400/401/403/404/424 throw a non-retryable
 * ApplicationFailure at once. The token never appears in an error.
 */
export class FortinetCaller extends RetryingCaller<ClassifiedFortinetError> {
  constructor(options: FortinetCallerOptions) {
    super(fortinetErrors, options);
  }

  /** GETs `path` on `device` and returns what `read` makes of the answer. */
  get<T>(
    client: FortinetClient,
    device: string,
    path: string,
    params: Record<string, string>,
    read: FortinetRead<T>,
  ): Promise<T> {
    const what = `GET ${device} ${path}${params.vdom ? ` vdom=${params.vdom}` : ''}`;
    return this.run(
      what,
      () => client.get(device, path, params),
      (response: FortinetResponse) => {
        let body: unknown;
        try {
          body = JSON.parse(response.text);
        } catch {
          body = undefined;
        }
        let value: T | undefined;
        try {
          value = read(response.status, body);
        } catch (err) {
          throw new HttpAnswerError(classifyFortinet(what, 200, `malformed body: ${(err as Error).message}`));
        }
        if (value !== undefined) return value;
        if (response.status === 200 && body === undefined)
          throw new HttpAnswerError(classifyFortinet(what, 200, 'malformed body: not JSON'));
        throw new HttpAnswerError(
          classifyFortinet(what, response.status, errorDetail(response.text), response.retryAfter),
        );
      },
    );
  }
}
