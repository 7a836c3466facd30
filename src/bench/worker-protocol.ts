/** What the bench passes to its worker process (env HOTPOT_BENCH_WORKER, JSON). */
export interface BenchWorkerConfig {
  databaseUrl: string;
  poolSize: number;
  endpoint: string;
  temporal: { address: string; namespace: string; taskQueue: string };
  /** The worker's `gcp.requestsPerMinute` per project; default: unpaced (1,000,000). */
  requestsPerMinute?: number;
}

/** Messages from the bench to its worker process. */
export type WorkerRequest = { type: 'stats' } | { type: 'reset-peak' } | { type: 'stop' };

/** Worker process figures: RSS now and at peak (bytes), and GCP client constructions so far. */
export interface WorkerStats {
  rss: number;
  peakRss: number;
  constructions: number;
}

/** Messages from the worker process to the bench. */
export type WorkerReply =
  | { type: 'ready'; metricsUrl: string }
  | ({ type: 'stats' } & WorkerStats)
  | { type: 'reset-peak' }
  | { type: 'stop' };
