import { RetryingCaller, type CallerOptions } from '../provider/retrying-caller.js';
import { HttpAnswerError, httpClassifier } from '../provider/http-answer.js';
import { S1FailureType } from './failure-types.js';
import { classifyS1, errorDetail, type ClassifiedS1Error } from './s1-errors.js';
import type { S1Client } from './s1-client.js';

/** How one console's calls are paced and retried. */
export type S1CallerOptions = CallerOptions<ClassifiedS1Error>;

/**
 * Makes SentinelOne GETs under a per-console token bucket; retries 429 (honouring Retry-After up to a cap), 5xx,
 * network failures and malformed bodies with jittered exponential backoff; 400/401/403/404 throw a
 * non-retryable ApplicationFailure at once. The token never appears in an error.
 */
export class S1Caller extends RetryingCaller<ClassifiedS1Error> {
  constructor(options: S1CallerOptions) {
    super(httpClassifier(S1FailureType), options);
  }

  /** GETs `path` and returns its JSON body once `validate` accepts it (it throws on a malformed body). */
  get<T>(
    client: S1Client,
    path: string,
    params: Record<string, string>,
    validate: (body: unknown) => T,
  ): Promise<T> {
    const what = `GET ${path}`;
    return this.run(
      what,
      () => client.get(path, params),
      (response) => {
        if (response.status !== 200)
          throw new HttpAnswerError(
            classifyS1(what, response.status, errorDetail(response.text), response.retryAfter),
          );
        try {
          return validate(JSON.parse(response.text));
        } catch (err) {
          throw new HttpAnswerError(classifyS1(what, 200, `malformed body: ${(err as Error).message}`));
        }
      },
    );
  }
}
