import { HotpotError } from '../errors.js';
import type { IngestMetrics } from '../metrics/ingest-metrics.js';
import { createS1Worker, type S1Worker } from './s1-worker.js';
import { createHotpotWorker, type HotpotWorker, type HotpotWorkerOptions } from './worker.js';

/** The providers a worker process can serve, each on its own task queue. */
export const PROVIDERS = ['gcp', 's1'] as const;

/** A provider name. */
export type Provider = (typeof PROVIDERS)[number];

/** The providers the config sets up: GCP always, SentinelOne when `s1.endpoint` is set. */
export function configuredProviders(config: Pick<HotpotWorkerOptions['config'], 's1'>): Provider[] {
  return config.s1 ? ['gcp', 's1'] : ['gcp'];
}

/** Reads `--provider gcp,s1`; an unknown name, or s1 without an `s1` config section, is a HotpotError. */
export function parseProviders(text: string, config: Pick<HotpotWorkerOptions['config'], 's1'>): Provider[] {
  const names = [
    ...new Set(
      text
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
  if (!names.length) throw new HotpotError('--provider needs at least one of gcp, s1');
  for (const name of names) {
    if (!(PROVIDERS as readonly string[]).includes(name))
      throw new HotpotError(`unknown provider '${name}' in --provider: use gcp, s1 or both (gcp,s1)`);
  }
  if (names.includes('s1') && !config.s1)
    throw new HotpotError(
      '--provider s1 needs a SentinelOne console: set s1.endpoint (HOTPOT_S1_ENDPOINT) and a token',
    );
  return names as Provider[];
}

/** The workers of one process, one set per provider, run and stopped together. */
export interface ProviderWorkers {
  gcp?: HotpotWorker;
  s1?: S1Worker;
  /** Every queue this process polls (main and session queues), for the ready line. */
  queues: string[];
  warnings: string[];
  metrics?: IngestMetrics;
  run(): Promise<void>;
  shutdown(): Promise<void>;
}

/** Builds the workers of the given providers; each keeps its own sessions, clients and queues. */
export async function createProviderWorkers(
  options: HotpotWorkerOptions & { providers: readonly Provider[] },
): Promise<ProviderWorkers> {
  const gcp = options.providers.includes('gcp') ? await createHotpotWorker(options) : undefined;
  const s1Config = options.config.s1;
  const s1 =
    options.providers.includes('s1') && s1Config
      ? await createS1Worker({
          store: options.store,
          connection: options.connection,
          configService: options.configService,
          config: { ...options.config, s1: s1Config },
          ...(gcp?.metrics ? { metrics: gcp.metrics } : {}),
        })
      : undefined;
  const parts = [gcp, s1].filter((w) => w !== undefined);
  let running: Promise<void> | undefined;
  return {
    ...(gcp ? { gcp } : {}),
    ...(s1 ? { s1 } : {}),
    queues: parts.flatMap((w) => [w.taskQueue, w.sessionTaskQueue]),
    warnings: gcp?.warnings ?? [],
    ...(gcp?.metrics ? { metrics: gcp.metrics } : {}),
    run() {
      running ??= Promise.all(parts.map((w) => w.run())).then(() => undefined);
      return running;
    },
    async shutdown() {
      await Promise.all(parts.map((w) => w.shutdown()));
    },
  };
}
