/** What bounds a sync's wall time from below when every call waits on the API: per project, and in all. */
export interface LatencyFloor {
  /** The floor of the whole sync, in milliseconds. */
  floorMs: number;
  /** The slowest project's own floor (its longest collection, or its quota), and which it is. */
  slowestProject: { id: string; ms: number; by: string };
  /** The sum of every project's floor over the projects synced at once. */
  sharedMs: number;
}

/**
 * The latency floor of one sync from the delays the emulator gave (`givenMs`: project → method → ms) and the calls
 * each project's sync must make (`calls`, by any key; retries of refused calls are not needed): a collection's pages
 * are sequential, so a project takes at least its longest collection's total delay (its kinds all running at once; a
 * method the sync calls `inFlight[method]` at a time, divided by that), and at least its calls over its per-minute
 * quota; `concurrency` projects run at once, so the sync takes at least the sum of project floors over that, and at
 * least the slowest one.
 */
export function latencyFloor(
  givenMs: Record<string, Record<string, number>>,
  calls: Record<string, Record<string, number>>,
  options: { concurrency: number; quotaPerMinute?: number; inFlight?: Record<string, number> },
): LatencyFloor {
  const projects = [...new Set([...Object.keys(givenMs), ...Object.keys(calls)])];
  let slowest = { id: '', ms: 0, by: '' };
  let total = 0;
  for (const id of projects) {
    const [method, longest] = Object.entries(givenMs[id] ?? {}).reduce<[string, number]>(
      (best, [m, total]) => {
        const ms = total / Math.max(1, options.inFlight?.[m] ?? 1);
        return ms > best[1] ? [m, ms] : best;
      },
      ['', 0],
    );
    const callCount = Object.values(calls[id] ?? {}).reduce((n, c) => n + c, 0);
    const quotaMs = options.quotaPerMinute ? (callCount / options.quotaPerMinute) * 60_000 : 0;
    const own =
      quotaMs > longest ? { ms: quotaMs, by: `quota (${callCount} calls)` } : { ms: longest, by: method };
    total += own.ms;
    if (own.ms > slowest.ms) slowest = { id, ...own };
  }
  const sharedMs = total / Math.max(1, options.concurrency);
  return { floorMs: Math.max(slowest.ms, sharedMs), slowestProject: slowest, sharedMs };
}
