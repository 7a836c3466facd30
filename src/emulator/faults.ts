import { checkFaultSpec, type FaultSpec } from './fault-spec.js';
import { derivePrng, type Prng } from './prng.js';

export {
  badItemVariants,
  faultKinds,
  FaultSpecError,
  warningCodes,
  type FaultKind,
  type FaultSpec,
} from './fault-spec.js';

/** A resource a fault touched, named by scope key (`zones/<z>`, `regions/<r>`, `global`) and name. */
export interface FaultTarget {
  scope: string;
  name: string;
}

/** What one firing of a fault did to the estate or the page, recorded on the fault for tests to check. */
export interface FaultEffect {
  project: string;
  method: string;
  /** badItem: the item served corrupted (ground truth keeps it unchanged). */
  corrupted?: FaultTarget;
  /** shiftBetweenPages: the resource deleted from the estate after an earlier page served it. */
  deleted?: FaultTarget;
  /** shiftBetweenPages: the existing resource the next page skips because of the deletion. */
  skipped?: FaultTarget;
  /** shiftBetweenPages with `create`: the resource created in an already served part of the listing. */
  created?: FaultTarget;
  /** shiftBetweenPages with `create`: the resource the next page serves a second time. */
  repeated?: FaultTarget;
}

/** An active fault as listed by the control API; `remaining` counts down for count-based faults. */
export interface ActiveFault extends FaultSpec {
  id: number;
  remaining?: number;
  fired: number;
  /** What each firing did, for faults that touch items or the estate (badItem, shiftBetweenPages). */
  effects?: FaultEffect[];
}

/** What the injector decided for one call. */
export interface FaultDecision {
  latencyMs: number;
  /** The first failing fault that fired, if any: an error answer, a broken or replaced body. */
  failure?: ActiveFault;
  /** Faults that reshape a well-formed answer (emptyListing, wrongKind, scopeWarning, badItem, shiftBetweenPages). */
  shaping: ActiveFault[];
  /** Scope keys (`zones/<zone>`) that cannot be reached on this call. */
  unreachable: Set<string>;
}

const shapingKinds = new Set<FaultSpec['kind']>([
  'emptyListing',
  'wrongKind',
  'scopeWarning',
  'badItem',
  'shiftBetweenPages',
]);

/** Verbs a kind can fire on; kinds not listed fire on every verb. */
const verbsOf: Partial<Record<FaultSpec['kind'], readonly string[]>> = {
  emptyListing: ['list', 'aggregatedList'],
  scopeWarning: ['aggregatedList'],
  shiftBetweenPages: ['list', 'aggregatedList'],
};

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
    checkFaultSpec(spec);
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
    return this.faults.map((f) => structuredClone(f));
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

  /** `method` is `<collection>.<verb>`; `paged` is true for a list call carrying a pageToken. */
  decide(project: string, method: string, paged = false): FaultDecision {
    const decision: FaultDecision = { latencyMs: 0, shaping: [], unreachable: new Set() };
    const verb = method.slice(method.lastIndexOf('.') + 1);
    for (const fault of this.faults) {
      if (!matches(fault, project, method) || !appliesTo(fault, verb, paged) || !this.fires(fault)) continue;
      if (fault.kind === 'latency') decision.latencyMs += fault.latencyMs ?? 0;
      else if (fault.kind === 'unreachableZone') decision.unreachable.add(scopeOfZone(fault.zone ?? ''));
      else if (shapingKinds.has(fault.kind)) decision.shaping.push(fault);
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

/** Records what a firing did on the fault (the live one, so the control API lists it). */
export function recordEffect(fault: ActiveFault, effect: FaultEffect): void {
  (fault.effects ??= []).push(effect);
}

function matches(fault: FaultSpec, project: string, method: string): boolean {
  if (fault.project !== undefined && fault.project !== '*' && fault.project !== project) return false;
  const m = fault.method ?? '*';
  if (m === '*' || m === method) return true;
  return m.endsWith('.*') && method.startsWith(m.slice(0, -1));
}

function appliesTo(fault: FaultSpec, verb: string, paged: boolean): boolean {
  if (fault.kind === 'shiftBetweenPages' && !paged) return false;
  return verbsOf[fault.kind]?.includes(verb) ?? true;
}

/** `us-central1-b` → `zones/us-central1-b`; a `regions/<r>` scope stays. */
export function scopeOfZone(zone: string): string {
  return zone.includes('/') ? zone : `zones/${zone}`;
}
