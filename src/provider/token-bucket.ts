/** A token bucket: `ratePerMinute` tokens refill continuously up to `burst`; take() waits for one. */
export class TokenBucket {
  private tokens: number;
  private last: number;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly ratePerMinute: number,
    private readonly burst = Math.max(1, Math.ceil(ratePerMinute / 6)),
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = burst;
    this.last = now();
  }

  /** Resolves when a token was taken; callers are served in order. */
  take(): Promise<void> {
    const turn = this.chain.then(() => this.takeNow());
    this.chain = turn.catch(() => undefined);
    return turn;
  }

  private async takeNow(): Promise<void> {
    for (;;) {
      const now = this.now();
      this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) * this.ratePerMinute) / 60_000);
      this.last = now;
      if (this.tokens >= 1) {
        this.tokens -= 1;
        return;
      }
      const waitMs = Math.ceil(((1 - this.tokens) * 60_000) / this.ratePerMinute);
      await new Promise((r) => setTimeout(r, waitMs));
    }
  }
}

/**
 * One bucket per key (per project, or per project and API), created on first use at the key's own rate or the
 * default; process-wide, since a project's work is pinned to one worker.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, TokenBucket>();
  constructor(private readonly ratePerMinute: number) {}

  /** The bucket for a key, created at `ratePerMinute` (else the default) on first use. */
  for(key: string, ratePerMinute?: number): TokenBucket {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = new TokenBucket(ratePerMinute ?? this.ratePerMinute);
      this.buckets.set(key, bucket);
    }
    return bucket;
  }
}
