interface Entry {
  release: () => void;
  released: Promise<void>;
  ended: Promise<void>;
  end: () => void;
}

/** The sessions this process holds right now (one per running holder activity). */
export class OpenSessions {
  readonly #entries = new Map<string, Entry>();
  #peak = 0;

  /** Registers a session whose holder just started; `released` resolves when the workflow releases it. */
  open(sessionId: string): { released: Promise<void> } {
    let release = () => undefined as void;
    let end = () => undefined as void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const ended = new Promise<void>((resolve) => (end = resolve));
    this.#entries.set(sessionId, { release, released, ended, end });
    this.#peak = Math.max(this.#peak, this.#entries.size);
    return { released };
  }

  /** Forgets a session whose holder ended, and wakes whoever waits in `release`. */
  close(sessionId: string): void {
    const entry = this.#entries.get(sessionId);
    this.#entries.delete(sessionId);
    entry?.end();
  }

  /** Asks the holder to end and waits until it has cleaned up; a no-op for a session not held here. */
  async release(sessionId: string): Promise<void> {
    const entry = this.#entries.get(sessionId);
    if (!entry) return;
    entry.release();
    await entry.ended;
  }

  isOpen(sessionId: string): boolean {
    return this.#entries.has(sessionId);
  }

  ids(): string[] {
    return [...this.#entries.keys()];
  }

  /** Most sessions held at once since the process started (for tests of the cap). */
  get peak(): number {
    return this.#peak;
  }
}
