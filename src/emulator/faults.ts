import { derivePrng, type Prng } from './prng.js';

/** The failure modes the emulator can inject. */
export const faultKinds = [
  'permissionDenied',
  'rateLimitExceeded',
  'tooManyRequests',
  'internalError',
  'unavailable',
  'latency',
  'connectionReset',
  'truncatedBody',
  'malformedJson',
  'unreachableZone',
] as const;

/** One failure mode: 403 forbidden, 403 rateLimitExceeded, 429, 500, 503, delay, reset socket, cut body, bad JSON, or an unreachable zone/region. */
export type FaultKind = (typeof faultKinds)[number];

/**
 * A fault to inject. It applies to calls of `project` (default every project) × `method` (e.g.
 * `instances.aggregatedList`, `instances.*`, default `*`). It fires on the next `count` matching calls,
 * or with `probability` on each (deterministic dice), or on every call when neither is given.
 */
export interface FaultSpec {
  kind: FaultKind;
  project?: string;
  method?: string;
  probability?: number;
  count?: number;
  /** For `latency`: the added delay. */
  latencyMs?: number;
  /** For `tooManyRequests`: the Retry-After header value (default 1). */
  retryAfterSeconds?: number;
  /** For `unreachableZone`: the zone (or `regions/<region>` scope) that cannot be reached. */
  zone?: string;
}

/** An active fault as listed by the control API; `remaining` counts down for count-based faults. */
export interface ActiveFault extends FaultSpec {
  id: number;
  remaining?: number;
  fired: number;
}

/** What the injector decided for one call. */
export interface FaultDecision {
  latencyMs: number;
  /** The first failing fault that fired, if any. */
  failure?: ActiveFault;
  /** Scope keys (`zones/<zone>`) that cannot be reached on this call. */
  unreachable: Set<string>;
}

/** A fault specification the injector cannot use; the control API answers 400. */
export class FaultSpecError extends Error {}

/** Decides per call which faults fire, and enforces per-project requests-per-minute quotas. */
export class FaultInjector {
  private faults: ActiveFault[] = [];
  private nextId = 1;
  private dice: Prng;
  private readonly quotas = new Map<string, number>();
  private readonly windows = new Map<string, { start: number; used: number }>();

  constructor(private readonly seed: number | string) {
    this.dice = derivePrng(seed, 'faults');
  }

  add(spec: FaultSpec): ActiveFault {
    if (!faultKinds.includes(spec.kind))
      throw new FaultSpecError(
        `Unknown fault kind '${String(spec.kind)}'; expected one of ${faultKinds.join(', ')}`,
      );
    if (spec.kind === 'unreachableZone' && !spec.zone)
      throw new FaultSpecError('An unreachableZone fault needs a zone');
    const fault: ActiveFault = {
      ...spec,
      id: this.nextId++,
      fired: 0,
      ...(spec.count !== undefined ? { remaining: spec.count } : {}),
    };
    this.faults.push(fault);
    return fault;
  }

  list(): ActiveFault[] {
    return this.faults.map((f) => ({ ...f }));
  }

  /** Removes every fault and quota, and rewinds the dice. */
  clear(): void {
    this.faults = [];
    this.quotas.clear();
    this.windows.clear();
    this.dice = derivePrng(this.seed, 'faults');
  }

  /** Limits a project (or `*`, each project separately) to `requestsPerMinute`; null removes the limit. */
  setQuota(project: string, requestsPerMinute: number | null): void {
    if (requestsPerMinute === null) this.quotas.delete(project);
    else this.quotas.set(project, requestsPerMinute);
  }

  quotaList(): Record<string, number> {
    return Object.fromEntries(this.quotas);
  }

  /** Counts the call against the project's quota; true when the quota for this minute is already spent. */
  overQuota(project: string, nowMs: number): boolean {
    const limit = this.quotas.get(project) ?? this.quotas.get('*');
    if (limit === undefined) return false;
    let window = this.windows.get(project);
    if (!window || nowMs - window.start >= 60_000) {
      window = { start: nowMs, used: 0 };
      this.windows.set(project, window);
    }
    window.used++;
    return window.used > limit;
  }

  decide(project: string, method: string): FaultDecision {
    const decision: FaultDecision = { latencyMs: 0, unreachable: new Set() };
    for (const fault of this.faults) {
      if (!matches(fault, project, method) || !this.fires(fault)) continue;
      if (fault.kind === 'latency') decision.latencyMs += fault.latencyMs ?? 0;
      else if (fault.kind === 'unreachableZone') decision.unreachable.add(scopeOfZone(fault.zone ?? ''));
      else decision.failure ??= fault;
    }
    return decision;
  }

  private fires(fault: ActiveFault): boolean {
    if (fault.remaining !== undefined) {
      if (fault.remaining <= 0) return false;
      fault.remaining--;
    } else if (fault.probability !== undefined && !(this.dice.next() < fault.probability)) return false;
    fault.fired++;
    return true;
  }
}

function matches(fault: FaultSpec, project: string, method: string): boolean {
  if (fault.project !== undefined && fault.project !== '*' && fault.project !== project) return false;
  const m = fault.method ?? '*';
  if (m === '*' || m === method) return true;
  return m.endsWith('.*') && method.startsWith(m.slice(0, -1));
}

function scopeOfZone(zone: string): string {
  return zone.includes('/') ? zone : `zones/${zone}`;
}
