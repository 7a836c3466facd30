import { ApplicationFailure } from '@temporalio/common';
import type { ActivityInterceptorsFactory } from '@temporalio/worker';
import { CredentialsError } from '../config/credentials-error.js';
import { redactError } from '../config/known-secrets.js';

/** The failure type a CredentialsError crosses Temporal as (non-retryable unless the error says retrying helps). */
export const CREDENTIALS_FAILURE_TYPE = 'HotpotCredentials';

/** The error as it may leave an activity: a CredentialsError as an ApplicationFailure, every known secret scrubbed. */
export function boundaryError(err: unknown): unknown {
  if (err instanceof CredentialsError)
    return redactError(
      ApplicationFailure.create({
        type: CREDENTIALS_FAILURE_TYPE,
        message: err.message,
        nonRetryable: !err.retryable,
      }),
    );
  return redactError(err);
}

/**
 * Activity interceptors that scrub every known secret from an activity's error before the SDK logs it and records
 * it in workflow history (the last line of defence behind credential validation), and make a CredentialsError a
 * typed failure that is not retried when retrying cannot help.
 */
export const redactingActivityInterceptors: ActivityInterceptorsFactory[] = [
  () => ({
    inbound: {
      async execute(input, next) {
        try {
          return await next(input);
        } catch (err) {
          throw boundaryError(err);
        }
      },
    },
  }),
];
