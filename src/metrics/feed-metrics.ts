import { Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Outcomes of a feed event: applied, duplicate, stale, rejected, or ignored (unknown kind/project, malformed). */
export const feedOutcomes = ['applied', 'duplicate', 'stale', 'rejected', 'ignored'] as const;

/** A feed event's outcome. */
export type FeedEventOutcome = (typeof feedOutcomes)[number];

/** The change-feed listener's Prometheus metrics. Labels: kind (or asset type when unknown), outcome — never ids. */
export class FeedMetrics {
  readonly registry: Registry;
  readonly received: Counter<'kind'>;
  readonly events: Counter<'kind' | 'outcome'>;
  readonly latency: Histogram<'kind'>;
  readonly backlog: Gauge;
  readonly gapSyncs: Counter;

  constructor(registry = new Registry()) {
    this.registry = registry;
    const registers = [registry];
    this.received = new Counter({
      name: 'hotpot_feed_events_received_total',
      help: 'Change-feed messages received, by kind (asset type when no kind declares it)',
      labelNames: ['kind'] as const,
      registers,
    });
    this.events = new Counter({
      name: 'hotpot_feed_events_total',
      help: 'Change-feed events by outcome: applied, duplicate, stale (older than the stored version), rejected, ignored',
      labelNames: ['kind', 'outcome'] as const,
      registers,
    });
    this.latency = new Histogram({
      name: 'hotpot_feed_apply_latency_seconds',
      help: 'From the change (window.startTime) to the commit of its version',
      labelNames: ['kind'] as const,
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300],
      registers,
    });
    this.backlog = new Gauge({
      name: 'hotpot_feed_backlog',
      help: 'Messages received and not yet acknowledged (waiting for a listing to release its scope, or being applied)',
      registers,
    });
    this.gapSyncs = new Counter({
      name: 'hotpot_feed_gap_syncs_total',
      help: 'Full syncs of a project started because its feed had a gap (an event or a silence older than the limit)',
      registers,
    });
  }
}
