import { derivePrng } from '../prng.js';
import {
  makeAddress,
  makePolicy,
  makeVip,
  refs,
  revisionOf,
  TABLE_KEYS,
  VDOM_TABLES,
  type EmulatedDevice,
  type FortinetEstate,
  type VdomTable,
} from './fortinet-estate.js';
import { fortinetTruth, type FortinetGroundTruth } from './fortinet-truth.js';
import type { FortiObject } from '../../fortinet/types.js';

/** The fault kinds: HTTP errors, broken bodies, and well-formed answers that lie. */
export const fortinetFaultKinds = [
  'tooManyRequests',
  'internalError',
  'unavailable',
  'unauthorized',
  'forbidden',
  'failedDependency',
  'malformedJson',
  'truncatedBody',
  'errorEnvelope',
  'wrongVdom',
  'emptyListing',
] as const;

/** A fault the next matching requests meet. */
export interface FortinetFault {
  kind: (typeof fortinetFaultKinds)[number];
  /** Device name; absent = any. */
  device?: string;
  /** VDOM; absent = any. */
  vdom?: string;
  /** `firewall/policy`, `system/status`, …; absent = any. */
  table?: string;
  /** How many requests meet it (default 1). */
  times?: number;
  retryAfterSeconds?: number;
}

/** What a mutation round did. */
export interface FortinetMutationResult {
  round: number;
  created: number;
  changed: number;
  deleted: number;
}

/** The emulated FortiGates: the estate, the token they accept, faults and request counts. */
export class FortinetEmulatorState {
  round = 0;
  faults: FortinetFault[] = [];
  readonly requests: Record<string, number> = {};

  constructor(
    readonly estate: FortinetEstate,
    readonly token: string,
  ) {}

  device(name: string): EmulatedDevice | undefined {
    return this.estate.devices.find((d) => d.name === name);
  }

  truth(): FortinetGroundTruth {
    return fortinetTruth(this.estate, this.round);
  }

  /** The fault the next request to `device`/`vdom`/`table` meets, if any (consumed). */
  takeFault(device: string, vdom: string, table: string): FortinetFault | undefined {
    const i = this.faults.findIndex(
      (f) => (f.device ?? device) === device && (f.vdom ?? vdom) === vdom && (f.table ?? table) === table,
    );
    if (i < 0) return undefined;
    const fault = this.faults[i]!;
    fault.times = (fault.times ?? 1) - 1;
    if (fault.times <= 0) this.faults.splice(i, 1);
    return fault;
  }

  /** Deletes a VDOM and everything in it, as `config vdom` / `delete <name>` would; false when there is none. */
  removeVdom(device: string, vdom: string): boolean {
    const found = this.device(device);
    if (!found?.vdoms[vdom]) return false;
    delete found.vdoms[vdom];
    return true;
  }

  /**
   * Creates or replaces one object of a VDOM table (by its key), as an administrator's edit would; a new object
   * goes to the end of its table. Returns an error answer naming what is wrong, or undefined when done.
   */
  upsert(edit: {
    device?: string;
    vdom?: string;
    table?: string;
    object?: FortiObject;
  }): { status: number; body: unknown } | undefined {
    const vdom = this.device(edit.device ?? '')?.vdoms[edit.vdom ?? ''];
    if (!vdom) return { status: 404, body: { error: `no VDOM ${edit.device}/${edit.vdom}` } };
    const table = edit.table as VdomTable;
    if (!(VDOM_TABLES as readonly string[]).includes(table))
      return { status: 400, body: { error: `unknown table ${edit.table}` } };
    const key = TABLE_KEYS[table];
    const value = edit.object?.[key];
    if (typeof value !== 'string' && typeof value !== 'number')
      return { status: 400, body: { error: `the object needs its ${key}` } };
    const object = { ...edit.object, q_origin_key: value };
    const rows = vdom.tables[table];
    const at = rows.findIndex((r) => r[key] === value);
    if (at >= 0) rows[at] = object;
    else rows.push(object);
    vdom.revision = revisionOf(derivePrng(this.estate.seed, 'edit', JSON.stringify(object)));
    return undefined;
  }

  /**
   * One round, deterministic for a seed and round: in every VDOM a few policies change (status, comment), one moves
   * to the top of the sequence, one unreferenced address is deleted and one created, one policy is deleted and one
   * created, one VIP is re-mapped; the revision changes. Every reference stays resolvable.
   */
  mutate(): FortinetMutationResult {
    const round = ++this.round;
    const result = { round, created: 0, changed: 0, deleted: 0 };
    this.estate.devices.forEach((device, d) => {
      Object.entries(device.vdoms).forEach(([vdom, v], vi) => {
        const prng = derivePrng(this.estate.seed, 'round', round, device.name, vdom);
        const t = v.tables;
        const policies = t['firewall/policy'];
        for (const p of policies)
          if (prng.chance(0.05)) {
            p.status = p.status === 'enable' ? 'disable' : 'enable';
            p.comments = `round ${round}`;
            result.changed++;
          }
        if (policies.length > 2) {
          const moved = policies.splice(prng.int(1, policies.length - 1), 1)[0]!;
          policies.unshift(moved);
          result.changed++;
          const removed = policies.splice(prng.int(0, policies.length - 1), 1);
          result.deleted += removed.length;
        }
        const referenced = new Set<string>();
        for (const p of policies)
          for (const r of [...(p.srcaddr as { name: string }[]), ...(p.dstaddr as { name: string }[])])
            referenced.add(r.name);
        for (const g of t['firewall/addrgrp'])
          for (const r of g.member as { name: string }[]) referenced.add(r.name);
        const addresses = t['firewall/address'];
        const free = addresses.findIndex((a) => a.name !== 'all' && !referenced.has(a.name as string));
        if (free >= 0) {
          addresses.splice(free, 1);
          result.deleted++;
        }
        const address = makeAddress(prng, `addr-r${round}`, { d, v: vi });
        addresses.push(address);
        const nextId = Math.max(0, ...policies.map((p) => p.policyid as number)) + 1;
        const context = {
          addresses,
          groups: t['firewall/addrgrp'],
          vips: t['firewall/vip'],
          vipgrps: t['firewall/vipgrp'],
          custom: t['firewall.service/custom'],
          serviceGroups: t['firewall.service/group'],
          p: {
            d,
            v: vi,
            wan: `port${vi * 3 + 1}`,
            lan: `port${vi * 3 + 2}`,
            dmz: `port${vi * 3 + 3}`,
            wanIp: '',
          },
        };
        const created: FortiObject = {
          ...makePolicy(prng, nextId, context),
          srcaddr: refs(address.name as string),
        };
        policies.splice(prng.int(0, policies.length), 0, created);
        result.created += 2;
        const vip = t['firewall/vip'].length ? prng.pick(t['firewall/vip']) : undefined;
        if (vip) {
          vip.mappedip = [{ range: `10.${d}.${vi * 16 + 1}.${prng.int(10, 250)}` }];
          result.changed++;
        } else {
          t['firewall/vip'].push(
            makeVip(
              prng,
              `vip-r${round}`,
              round,
              `10.${d}.${vi * 16 + 1}.9`,
              { d, v: vi, wan: context.p.wan },
              round,
            ),
          );
          result.created++;
        }
        v.revision = revisionOf(prng);
      });
    });
    return result;
  }
}
