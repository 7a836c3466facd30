import { runFeedPhase, shapeDifferences, type FeedPhaseOptions, type FeedPhaseRun } from './feed-phase.js';

/** The feed phase's report: the same mutations without and with duplicates and reordering, and how they compare. */
export interface FeedBenchReport {
  clean: Omit<FeedPhaseRun, 'historyShape'>;
  faulty: Omit<FeedPhaseRun, 'historyShape'>;
  /** Resources whose version sequence differs between the two runs (0 expected), and a few of them. */
  historyDifferences: number;
  examples: string[];
}

/**
 * `hotpot bench --phase feeds`: runs the feed phase twice on the same seeded estate and mutations, first without
 * faults, then with `duplicate`/`reorder` shares, and compares the two histories resource by resource.
 */
export async function runFeedBench(
  o: Omit<FeedPhaseOptions, 'duplicate' | 'reorder'> & { duplicate: number; reorder: number },
): Promise<FeedBenchReport> {
  o.log?.(`feeds: ${o.mutations} mutations over ${o.projects} projects at ${o.rate}/s, no feed faults`);
  const { historyShape: a, ...clean } = await runFeedPhase({ ...o, duplicate: 0, reorder: 0 });
  o.log?.(`feeds: again with ${o.duplicate * 100} % duplicates and ${o.reorder * 100} % reordered`);
  const { historyShape: b, ...faulty } = await runFeedPhase(o);
  const diff = shapeDifferences(a, b);
  return { clean, faulty, historyDifferences: diff.length, examples: diff.slice(0, 5) };
}

/** The report as lines for a terminal. */
export function formatFeedBench(r: FeedBenchReport): string {
  const line = (name: string, x: FeedBenchReport['clean']) =>
    `${name}: ${x.mutations} mutations (${x.mutationsPerSecond}/s) over ${x.projects} projects, ${x.published} messages ` +
    `(${x.duplicated} duplicated, ${x.reordered} reordered); event→commit p50 ${x.latencyMs.p50} ms, p99 ` +
    `${x.latencyMs.p99} ms, max ${x.latencyMs.max} ms; ${x.eventsPerSecond} events/s sustained in ${x.batches} ` +
    `transactions; ${x.gapSyncs} gap syncs; outcomes ${JSON.stringify(x.outcomes)}; history ${x.history}; full sync after: ` +
    `${x.fullSyncAfter.status}, ${x.fullSyncAfter.changedInFedKinds} changes; listener in ${x.listener.process === 'own' ? 'its own process' : "the phase's process"} ` +
    `(maxOutstanding ${x.listener.maxOutstanding}${x.listener.cpuSeconds !== undefined ? `, ${x.listener.cpuSeconds} s CPU, ${x.listener.maxRssMb} MB RSS` : ''}); ` +
    `load average ${x.loadAverage.start} → ${x.loadAverage.settled}`;
  return [
    line('without feed faults', r.clean),
    line('with duplicates and reordering', r.faulty),
    `histories differing between the two runs: ${r.historyDifferences}${r.examples.length ? ` (${r.examples.join(', ')})` : ''}`,
  ].join('\n');
}
