/** An error meant for a person: its message names the problem and what to do; the CLI prints it without a stack. */
export class HotpotError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'HotpotError';
  }
}
