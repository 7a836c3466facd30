import { inspect } from 'node:util';
import { registerSecret } from './known-secrets.js';

/** What every secret prints as. */
export const REDACTED = '<redacted>';

/** A secret value that prints as `<redacted>` through String(), JSON.stringify and util.inspect; `reveal()` is the only way out. Its value joins the known secrets every recorded error is scrubbed of. */
export class Secret {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
    registerSecret(value);
  }

  /** The secret itself: call it only where the value is handed to the system that needs it. */
  reveal(): string {
    return this.#value;
  }

  toString(): string {
    return REDACTED;
  }

  toJSON(): string {
    return REDACTED;
  }

  [inspect.custom](): string {
    return REDACTED;
  }
}
