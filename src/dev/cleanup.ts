/** Steps to undo, run newest first; each runs once even when an earlier one fails. */
export class Cleanup {
  private readonly steps: (() => Promise<void> | void)[] = [];

  /** Registers a step. */
  add(step: () => Promise<void> | void): void {
    this.steps.push(step);
  }

  /** Runs every step in reverse order; returns the first error's message list, never throws. */
  async run(): Promise<string[]> {
    const errors: string[] = [];
    for (const step of this.steps.splice(0).reverse()) {
      try {
        await step();
      } catch (err) {
        errors.push((err as Error).message);
      }
    }
    return errors;
  }
}
