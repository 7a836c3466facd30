import { derivePrng, type Prng } from './prng.js';

/** The latency models the emulator can apply to every Compute and Resource Manager call: none, or one shaped like Google's. */
export const latencyModels = ['none', 'google'] as const;

/** A latency model's name. */
export type LatencyModelName = (typeof latencyModels)[number];

/** Log-normal parameters of one kind of call: its median and 99th percentile in milliseconds. */
interface Percentiles {
  p50: number;
  p99: number;
}

/** z of the 99th percentile of the standard normal distribution. */
const Z99 = 2.3263;

/**
 * Google-like latency, as measured against Compute's public API and stated in the issue that asked for it: a
 * 500-item aggregated page takes ≈150 ms at the median and ≈1 s at p99, a smaller page less (a fixed part plus a
 * part per item), and a `get` ≈40 ms at the median and ≈250 ms at p99.
 */
function googlePercentiles(verb: string, pageItems: number): Percentiles {
  if (verb === 'get') return { p50: 40, p99: 250 };
  const p50 = 30 + 0.24 * Math.min(pageItems, 500);
  return { p50, p99: p50 * 6.7 };
}

/** Delays per call drawn from a seeded log-normal model, and the delay each project × method was given in all. */
export class LatencyModel {
  private dice: Prng;
  /** Milliseconds of delay given, per project × method: each collection's pages are sequential, so this is its critical path. */
  readonly given = new Map<string, Map<string, number>>();

  constructor(
    readonly name: LatencyModelName,
    private readonly seed: number | string,
  ) {
    this.dice = derivePrng(seed, 'latency', name);
  }

  /** The delay of one call of `method` (`instances.aggregatedList`) asking for up to `pageItems` items; recorded. */
  delayMs(project: string, method: string, pageItems: number): number {
    if (this.name === 'none') return 0;
    const verb = method.slice(method.lastIndexOf('.') + 1);
    const { p50, p99 } = googlePercentiles(verb, pageItems);
    const sigma = Math.log(p99 / p50) / Z99;
    const ms = Math.round(p50 * Math.exp(sigma * this.normal()));
    let perProject = this.given.get(project);
    if (!perProject) this.given.set(project, (perProject = new Map<string, number>()));
    perProject.set(method, (perProject.get(method) ?? 0) + ms);
    return ms;
  }

  /** The recorded delays as `{project: {method: ms}}`. */
  givenJson(): Record<string, Record<string, number>> {
    return Object.fromEntries([...this.given].map(([p, m]) => [p, Object.fromEntries(m)]));
  }

  /** Forgets the recorded delays and restarts the dice. */
  clear(): void {
    this.given.clear();
    this.dice = derivePrng(this.seed, 'latency', this.name);
  }

  /** A standard normal variate (Box–Muller) from the seeded dice. */
  private normal(): number {
    const u = Math.max(this.dice.next(), Number.EPSILON);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.dice.next());
  }
}
