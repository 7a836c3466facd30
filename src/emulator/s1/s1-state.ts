import { derivePrng } from '../prng.js';
import type { S1Agent, S1Group, S1Site } from '../../s1/types.js';
import { DAY, iso, makeAgent, type S1Estate } from './s1-estate.js';

/** A fault the next matching requests meet: an HTTP error (with S1's error body) or a malformed 200 body. */
export interface S1Fault {
  /** `agents`, `sites` or `groups`; absent = any. */
  path?: string;
  kind: 'tooManyRequests' | 'internalError' | 'unavailable' | 'malformedJson' | 'unauthorized';
  /** How many requests meet it (default 1). */
  times?: number;
  retryAfterSeconds?: number;
}

/** What a mutation round did. */
export interface S1MutationResult {
  round: number;
  created: number;
  changed: number;
  deleted: number;
}

/** The ground truth: every object as the API renders it now (derived counts included). */
export interface S1GroundTruth {
  round: number;
  sites: S1Site[];
  groups: S1Group[];
  agents: S1Agent[];
}

/** The emulated console: its estate, the token it accepts, faults and request counts. */
export class S1EmulatorState {
  round = 0;
  faults: S1Fault[] = [];
  readonly requests: Record<string, number> = {};

  constructor(
    readonly estate: S1Estate,
    readonly token: string,
    /** The clock mutation rounds date check-ins by (the estate's own dates derive from its epoch). */
    private readonly clock: () => number = Date.now,
  ) {}

  /** Sites, groups and agents now; group `totalAgents` and site `activeLicenses` count the agents. */
  truth(): S1GroundTruth {
    const perGroup = new Map<string, number>();
    const perSite = new Map<string, number>();
    for (const a of this.estate.agents) {
      perGroup.set(a.groupId ?? '', (perGroup.get(a.groupId ?? '') ?? 0) + 1);
      perSite.set(a.siteId ?? '', (perSite.get(a.siteId ?? '') ?? 0) + 1);
    }
    return {
      round: this.round,
      sites: this.estate.sites.map((s) => ({ ...s, activeLicenses: perSite.get(s.id) ?? 0 })),
      groups: this.estate.groups.map((g) => ({ ...g, totalAgents: perGroup.get(g.id) ?? 0 })),
      agents: this.estate.agents.map((a) => structuredClone(a)),
    };
  }

  /** The fault the next request to `path` meets, if any (consumed). */
  takeFault(path: string): S1Fault | undefined {
    const i = this.faults.findIndex((f) => f.path === undefined || f.path === path);
    if (i < 0) return undefined;
    const fault = this.faults[i]!;
    fault.times = (fault.times ?? 1) - 1;
    if (fault.times <= 0) this.faults.splice(i, 1);
    return fault;
  }

  /**
   * One round, deterministic for a seed, round and clock: about a fifth of the agents check in (new lastActiveDate), one
   * upgrades, one goes quiet for 20 days, one is removed and one new agent registers.
   */
  mutate(): S1MutationResult {
    const round = ++this.round;
    const prng = derivePrng(this.estate.seed, 'round', round);
    const now = this.clock();
    const agents = this.estate.agents;
    const changed = new Set<string>();
    for (const a of agents) {
      if (prng.chance(0.2)) {
        a.lastActiveDate = iso(now - prng.int(0, 600) * 1000);
        a.isActive = true;
        changed.add(a.id);
      }
    }
    const pick = () => (agents.length ? agents[prng.int(0, agents.length - 1)] : undefined);
    const upgraded = pick();
    if (upgraded) {
      upgraded.agentVersion = `24.2.${round}.${prng.int(1, 300)}`;
      upgraded.updatedAt = iso(now);
      changed.add(upgraded.id);
    }
    const quiet = pick();
    if (quiet) {
      quiet.lastActiveDate = iso(now - 20 * DAY);
      quiet.isActive = false;
      changed.add(quiet.id);
    }
    let deleted = 0;
    const removed = agents.length > 2 ? pick() : undefined;
    if (removed) {
      agents.splice(agents.indexOf(removed), 1);
      changed.delete(removed.id);
      deleted = 1;
    }
    agents.push(
      makeAgent(this.estate, prng, {
        computerName: `ws-r${round}-${prng.int(100, 999)}`,
        ips: [`10.200.${round % 250}.${prng.int(2, 250)}`],
        osType: 'windows',
      }),
    );
    return { round, created: 1, changed: changed.size, deleted };
  }
}
