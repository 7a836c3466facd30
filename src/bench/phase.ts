import type { CpuSplit } from './process-cpu.js';

/** One measured phase of the bench; null where a figure does not apply. */
export interface PhaseResult {
  name: string;
  wallMs: number;
  resources: number;
  resourcesPerSec: number;
  apiCalls: number;
  clientConstructions: number | null;
  workerPeakRssMb: number | null;
  parentHistoryEvents: number | null;
  parentRuns: number | null;
  largestPayloadBytes: number | null;
  /** The phase's API calls per kind (plural; `other` for calls of no kind), from the emulator's counts. */
  callsByType?: Record<string, number>;
  /** How the figure was obtained when it is not a plain measurement (subset, extrapolation). */
  note?: string;
  /** Latency phases: the floor the emulator's delays set (see latency-floor.ts). */
  latencyFloorMs?: number;
  /** Hotpot syncs: CPU the phase cost the worker, the database's backends and the Temporal server. */
  cpuMs?: CpuSplit;
  /** Hotpot syncs: scopes (project × kind) the phase synced. */
  scopes?: number;
}

/** A phase from its measured parts. */
export function phase(
  name: string,
  wallMs: number,
  resources: number,
  extra: Partial<PhaseResult> = {},
): PhaseResult {
  return {
    name,
    wallMs: Math.round(wallMs),
    resources,
    resourcesPerSec: wallMs > 0 ? Math.round((resources / wallMs) * 1000) : 0,
    apiCalls: 0,
    clientConstructions: null,
    workerPeakRssMb: null,
    parentHistoryEvents: null,
    parentRuns: null,
    largestPayloadBytes: null,
    ...extra,
  };
}

/** Total calls in an emulator requestCounts answer, optionally only methods matching `filter`. */
export function totalCalls(
  counts: Record<string, Record<string, number>>,
  filter: (method: string) => boolean = () => true,
): number {
  let n = 0;
  for (const methods of Object.values(counts))
    for (const [m, c] of Object.entries(methods)) if (filter(m)) n += c;
  return n;
}
