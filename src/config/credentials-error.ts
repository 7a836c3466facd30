import { HotpotError } from '../errors.js';

/** GCP credentials could not be obtained; the message names the source, never the secret. `retryable` is false when retrying cannot help. */
export class CredentialsError extends HotpotError {
  constructor(
    message: string,
    readonly retryable = false,
  ) {
    super(message, 1);
    this.name = 'CredentialsError';
  }
}
