import { RetryingCaller, type CallerOptions } from '../provider/retrying-caller.js';
import { HttpAnswerError, httpClassifier } from '../provider/http-answer.js';
import { VngFailureType } from './failure-types.js';
import { classifyVng, errorDetail, type ClassifiedVngError } from './vng-errors.js';
import type { VngClient } from './vng-client.js';

/**
 * Makes vServer GETs under a per-scope token bucket; retries 429 (honouring Retry-After up to a cap), 5xx,
 * network failures and malformed bodies with jittered exponential backoff; 400/401/403/404 throw a
 * non-retryable ApplicationFailure at once. Neither the client secret nor the access token appears in an error.
 */
export class VngCaller extends RetryingCaller<ClassifiedVngError> {
  constructor(options: CallerOptions<ClassifiedVngError>) {
    super(httpClassifier(VngFailureType), options);
  }

  /** GETs `path` in `region` and returns its JSON body once `validate` accepts it (it throws on a malformed body). */
  get<T>(
    client: VngClient,
    region: string,
    path: string,
    params: Record<string, string>,
    validate: (body: unknown) => T,
  ): Promise<T> {
    return this.fetch(client, region, path, params, validate, false) as Promise<T>;
  }

  /** Like `get`, but a 404 answers `'notFound'` (deletion evidence for one object) instead of failing. */
  getOrNotFound<T>(
    client: VngClient,
    region: string,
    path: string,
    validate: (body: unknown) => T,
  ): Promise<T | 'notFound'> {
    return this.fetch(client, region, path, {}, validate, true);
  }

  private fetch<T>(
    client: VngClient,
    region: string,
    path: string,
    params: Record<string, string>,
    validate: (body: unknown) => T,
    notFoundIsAnswer: boolean,
  ): Promise<T | 'notFound'> {
    const what = `GET ${region} ${path}`;
    return this.run(
      what,
      () => client.get(region, path, params),
      (response) => {
        if (response.status === 404 && notFoundIsAnswer) return 'notFound' as const;
        if (response.status !== 200)
          throw new HttpAnswerError(
            classifyVng(what, response.status, errorDetail(response.text), response.retryAfter),
          );
        try {
          return validate(JSON.parse(response.text));
        } catch (err) {
          throw new HttpAnswerError(classifyVng(what, 200, `malformed body: ${(err as Error).message}`));
        }
      },
    );
  }
}
