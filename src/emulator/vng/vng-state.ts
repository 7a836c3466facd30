import { derivePrng } from '../prng.js';
import {
  addServer,
  ingress,
  makeSshKey,
  removeServer,
  vngTime,
  vngUuid,
  type VngEstate,
  type VngScopeEstate,
} from './vng-estate.js';

/** A fault the next matching requests meet. */
export interface VngFault {
  /** A scope `<projectId>/<region>`; absent = any. */
  scope?: string;
  /** A collection (`servers`, `secgroups`, …, `subnets`, `secGroupRules`, `token`); absent = any vServer call. */
  path?: string;
  kind:
    | 'tooManyRequests'
    | 'internalError'
    | 'unavailable'
    | 'malformedJson'
    | 'truncated'
    | 'lyingEmpty'
    | 'unauthorized'
    | 'forbidden'
    /** Every token issued so far stops working now (401 "token expired"), as when it expires mid-run. */
    | 'expireToken';
  /** How many requests meet it (default 1). */
  times?: number;
  retryAfterSeconds?: number;
}

/** What a mutation round did, summed over scopes. */
export interface VngMutationResult {
  round: number;
  created: number;
  changed: number;
  deleted: number;
}

/** The ground truth: every scope's objects as the API renders them now. */
export interface VngGroundTruth {
  round: number;
  scopes: Record<string, VngScopeEstate>;
}

/** The emulated cloud: its estate, the service account it accepts, tokens issued, faults and request counts. */
export class VngEmulatorState {
  round = 0;
  faults: VngFault[] = [];
  readonly requests: Record<string, number> = {};
  /** Live access tokens and when each expires. */
  readonly tokens = new Map<string, number>();
  tokensIssued = 0;

  constructor(
    readonly estate: VngEstate,
    readonly clientId: string,
    readonly clientSecret: string,
    /** Seconds a token lives (`expires_in`). */
    readonly tokenSeconds: number,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Every scope now (a deep copy). */
  truth(): VngGroundTruth {
    return { round: this.round, scopes: structuredClone(this.estate.scopes) };
  }

  /** A new access token for the service account. */
  issueToken(): string {
    const token = `vng-at-${derivePrng(this.estate.seed, 'token', ++this.tokensIssued).uint32().toString(36)}-${this.tokensIssued}-${this.clock().toString(36)}`;
    this.tokens.set(token, this.clock() + this.tokenSeconds * 1000);
    return token;
  }

  /** Whether `token` is live now. */
  tokenValid(token: string | undefined): boolean {
    const expires = token === undefined ? undefined : this.tokens.get(token);
    return expires !== undefined && this.clock() < expires;
  }

  /** The fault the next request to `path` of `scope` meets, if any (consumed). */
  takeFault(scope: string | undefined, path: string): VngFault | undefined {
    const i = this.faults.findIndex(
      (f) =>
        (f.scope === undefined || f.scope === scope) &&
        (f.path === undefined ? path !== 'token' : f.path === path),
    );
    if (i < 0) return undefined;
    const fault = this.faults[i]!;
    fault.times = (fault.times ?? 1) - 1;
    if (fault.times <= 0) this.faults.splice(i, 1);
    return fault;
  }

  /**
   * One round in every scope, deterministic for a seed and round: a tenth of the servers change status, one is
   * removed (with its volumes and WAN IP) and one created, one volume grows, the `web` group gains or loses a rule.
   */
  mutate(): VngMutationResult {
    const round = ++this.round;
    const result: VngMutationResult = { round, created: 0, changed: 0, deleted: 0 };
    const now = this.estate.epochMs + round * 3_600_000;
    for (const [key, scope] of Object.entries(this.estate.scopes)) {
      const prng = derivePrng(this.estate.seed, 'round', round, key);
      for (const s of scope.servers)
        if (prng.chance(0.1)) {
          s.status = s.status === 'ACTIVE' ? 'STOPPED' : 'ACTIVE';
          result.changed++;
        }
      if (scope.servers.length > 2 && removeServer(scope, prng.pick(scope.servers).uuid)) result.deleted++;
      addServer(this.estate, scope, prng, `srv-r${round}-${prng.int(100, 999)}`, now);
      result.created++;
      const vol = scope.volumes.length ? prng.pick(scope.volumes) : undefined;
      if (vol) {
        vol.size = (vol.size ?? 20) + 10;
        vol.updatedAt = vngTime(now);
        result.changed++;
      }
      const web = scope.secgroups.find((g) => g.name === 'web');
      const rules = web && scope.rules[web.id];
      if (web && rules) {
        const extra = rules.findIndex((r) => r.description === 'round rule');
        if (extra >= 0) rules.splice(extra, 1);
        else
          rules.push({
            ...ingress('IPv4', 'tcp', 8080, 8090, '0.0.0.0/0'),
            description: 'round rule',
            id: vngUuid(this.estate, 'secr'),
            createdAt: vngTime(now),
          });
        result.changed++;
      }
      if (round % 2 === 0) {
        scope.sshKeys.push(makeSshKey(this.estate, prng, `key-r${round}`, vngTime(now)));
        result.created++;
      }
    }
    return result;
  }
}
