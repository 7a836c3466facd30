/** How a listing waits at the gate: what it does while it waits. */
export interface GateWait {
  /** Called about once a second while the listing waits (an activity heartbeat; may throw to stop). */
  onWait?: () => void | Promise<void>;
}

/**
 * A worker-wide limit on listing pages in hand: pages that arrived and are not yet written. A listing asks before
 * each call and its page counts from arrival until the listing asks for its next page or ends. Calls in flight are
 * not counted, so when the API is slow (pages written as fast as they land) every scope keeps a call in flight,
 * and when the worker or the database is the bottleneck, pages wait at the API instead of in memory. The limit is
 * soft: a call waits at most `maxWaitMs`, so a page held across a wait for something else (another execution's
 * lease) cannot stall every scope of the worker.
 */
export class PageGate {
  #inHand = 0;
  #peak = 0;
  readonly #waiting = new Set<() => void>();

  constructor(
    readonly limit: number,
    readonly maxWaitMs = 10_000,
  ) {
    if (!(limit >= 1)) throw new RangeError(`pages in hand must be at least 1, got ${limit}`);
  }

  /** Pages in hand now. */
  get inHand(): number {
    return this.#inHand;
  }

  /** Most pages in hand at once so far. */
  get peak(): number {
    return this.#peak;
  }

  /** The listing's pages, each fetched once fewer than `limit` pages are in hand (or `maxWaitMs` passed). */
  async *pages<P>(listing: AsyncIterator<P>, wait: GateWait = {}): AsyncGenerator<P> {
    let holding = false;
    try {
      for (;;) {
        if (holding) this.#release();
        holding = false;
        await this.#turn(wait);
        const next = await listing.next();
        if (next.done) return;
        this.#take();
        holding = true;
        yield next.value;
      }
    } finally {
      if (holding) this.#release();
      await listing.return?.();
    }
  }

  async #turn(wait: GateWait): Promise<void> {
    const until = Date.now() + this.maxWaitMs;
    while (this.#inHand >= this.limit && Date.now() < until) {
      let wake!: () => void;
      const woken = new Promise<void>((resolve) => (wake = resolve));
      this.#waiting.add(wake);
      const tick = setTimeout(wake, Math.min(1000, Math.max(1, until - Date.now())));
      try {
        await woken;
      } finally {
        clearTimeout(tick);
        this.#waiting.delete(wake);
      }
      await wait.onWait?.();
    }
  }

  #take(): void {
    this.#inHand++;
    if (this.#inHand > this.#peak) this.#peak = this.#inHand;
  }

  #release(): void {
    this.#inHand--;
    const first = this.#waiting.values().next();
    if (!first.done) first.value();
  }
}
