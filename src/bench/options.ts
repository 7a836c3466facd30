import type { LatencyModelName } from '../emulator/latency-model.js';

/** Options of one bench run. */
export interface BenchOptions {
  /** Estate size factor: 1 is 50 projects × (2,000 instances + 2,000 disks + 5 networks). */
  scale: number;
  store: 'postgres' | 'pglite' | 'both';
  out: string;
  skipNaive: boolean;
  skipFanout: boolean;
  /** Adds the latency phases with this emulator latency model (`google`). */
  latency?: LatencyModelName;
  /** A running Temporal frontend; otherwise the bench starts a dev server. */
  temporalAddress?: string;
  /** The PostgreSQL server (a maintenance database on it); the bench creates and drops its own databases. */
  postgresUrl: string;
  seed: number;
  log: (line: string) => void;
}

/** The estate of a scale: projects and per-project counts both grow with √scale, so scale 1 ≈ 200k resources. */
export function estateAt(scale: number): { projects: number; instances: number; networks: number } {
  const f = Math.sqrt(scale);
  return {
    projects: Math.max(1, Math.round(50 * f)),
    instances: Math.max(1, Math.round(2000 * f)),
    networks: 5,
  };
}

/** The fan-out estate of a scale: 1,000 projects × 10 instances at scale 1, at least 4 projects. */
export function fanoutAt(scale: number): { projects: number; instances: number } {
  return { projects: Math.max(4, Math.round(1000 * Math.min(1, scale))), instances: 10 };
}

/** Generator options for an estate of only what Hotpot ingests: instances (each with a boot disk) and networks. */
export function generatorCounts(instances: number, networks: number) {
  return {
    instances,
    disks: 0,
    networks,
    instanceGroupsPerZone: 0,
    subnetworksPerRegion: 0,
    firewallsPerNetwork: 0,
    addressesPerRegion: 0,
    globalAddresses: 0,
    routersPerRegion: 0,
  };
}
