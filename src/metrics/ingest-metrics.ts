import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Outcomes counted per scope; resource ids never become labels (bounded cardinality: kind × project × outcome). */
const resourceOutcomes = [
  'listed',
  'created',
  'changed',
  'unchanged',
  'deleted',
  'rejected',
  'held',
] as const;

/** What a session registry tells the metrics at scrape time. */
export interface SessionGauges {
  open(): number;
  created(): number;
  cap: number;
  /** The worker's limit on listing pages in hand (PageGate). */
  pages?: { inHand(): number; peak(): number; limit: number };
}

/** Hotpot's Prometheus metrics for one worker process. Labels: kind, project, method, status, type — never ids. */
export class IngestMetrics {
  readonly registry = new Registry();
  readonly resources = new Counter({
    name: 'hotpot_resources_total',
    help: 'Resources by outcome of the sync that saw them (listed, created, changed, unchanged, deleted, rejected, held)',
    labelNames: ['kind', 'project', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly apiCalls = new Counter({
    name: 'hotpot_api_calls_total',
    help: 'Provider API requests by method and HTTP status (or error type when no status)',
    labelNames: ['method', 'status'] as const,
    registers: [this.registry],
  });
  readonly retries = new Counter({
    name: 'hotpot_api_retries_total',
    help: 'Provider API retries by method and failure type (GcpRateLimited counts rate-limit waits)',
    labelNames: ['method', 'type'] as const,
    registers: [this.registry],
  });
  readonly bucketWait = new Counter({
    name: 'hotpot_token_bucket_wait_seconds_total',
    help: 'Seconds spent waiting for a token of the per-project bucket',
    registers: [this.registry],
  });
  readonly pageSeconds = new Histogram({
    name: 'hotpot_page_seconds',
    help: 'Latency of one listing page from the provider API, retries included',
    labelNames: ['method'] as const,
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    registers: [this.registry],
  });
  readonly writeSeconds = new Histogram({
    name: 'hotpot_write_seconds',
    help: 'Latency of writing one page into the store',
    labelNames: ['kind'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  readonly scopes = new Counter({
    name: 'hotpot_scopes_total',
    help: 'Scope syncs by kind and status (ok, partial, failed)',
    labelNames: ['kind', 'status'] as const,
    registers: [this.registry],
  });
  readonly sessionsLost = new Counter({
    name: 'hotpot_sessions_lost_total',
    help: 'Sessions lost while open (their worker died or stopped), counted by the worker that took the replacement',
    registers: [this.registry],
  });
  readonly runSeconds = new Histogram({
    name: 'hotpot_run_duration_seconds',
    help: 'Duration of finished runs by workflow type and status',
    labelNames: ['workflow', 'status'] as const,
    buckets: [1, 5, 15, 30, 60, 300, 900, 1800, 3600, 7200],
    registers: [this.registry],
  });

  constructor(sessions?: SessionGauges) {
    collectDefaultMetrics({ register: this.registry, prefix: 'hotpot_process_' });
    if (!sessions) return;
    this.#gauge('hotpot_sessions_open', 'Sessions with a client in this worker', () => sessions.open());
    this.#gauge('hotpot_sessions_created', 'Session clients created by this worker since start', () =>
      sessions.created(),
    );
    this.#gauge(
      'hotpot_sessions_cap',
      'Sessions this worker admits at once (worker.maxConcurrentSessions)',
      () => sessions.cap,
    );
    const pages = sessions.pages;
    if (!pages) return;
    this.#gauge(
      'hotpot_pages_in_hand',
      "Listing pages that arrived and are not yet written, over this worker's scope syncs",
      () => pages.inHand(),
    );
    this.#gauge(
      'hotpot_pages_in_hand_peak',
      'Most listing pages in hand at once since start (a call let through by the soft limit counts)',
      () => pages.peak(),
    );
    this.#gauge(
      'hotpot_pages_in_hand_limit',
      'Pages in hand at which list calls wait (worker.pagesInHand)',
      () => pages.limit,
    );
  }

  /** A gauge read from `read` at each scrape. */
  #gauge(name: string, help: string, read: () => number): void {
    new Gauge({
      name,
      help,
      registers: [this.registry],
      collect() {
        this.set(read());
      },
    });
  }

  /** Counts one scope's result. */
  scopeFinished(
    kind: string,
    project: string,
    status: string,
    counts?: Partial<Record<(typeof resourceOutcomes)[number], number>>,
  ): void {
    this.scopes.inc({ kind, status });
    for (const outcome of resourceOutcomes) {
      const n = counts?.[outcome] ?? 0;
      if (n) this.resources.inc({ kind, project, outcome }, n);
    }
  }
}
