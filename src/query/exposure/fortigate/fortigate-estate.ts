import type {
  FortiAddress,
  FortiAddrgrp,
  FortiInterface,
  FortiPolicy,
  FortiService,
  FortiServiceGroup,
  FortiVip,
  FortiVipgrp,
} from '../../../fortinet/types.js';

/** One FortiGate VDOM as exposure reads it: policies in sequence order, and the objects they name, by name. */
export interface FortigateVdom {
  device: string;
  vdom: string;
  /** Policies in evaluation order (the stored policy sequence; policies missing from it follow by policyid). */
  policies: readonly FortiPolicy[];
  addresses: ReadonlyMap<string, FortiAddress>;
  addrgrps: ReadonlyMap<string, FortiAddrgrp>;
  vips: ReadonlyMap<string, FortiVip>;
  vipgrps: ReadonlyMap<string, FortiVipgrp>;
  services: ReadonlyMap<string, FortiService>;
  serviceGroups: ReadonlyMap<string, FortiServiceGroup>;
  /** The VDOM's interfaces (the device's global table, those whose `vdom` is this one). */
  interfaces: ReadonlyMap<string, FortiInterface>;
}

/** Pure: a VDOM from its objects, keyed by name, policies ordered by `sequence` (policyids). */
export function fortigateVdom(
  device: string,
  vdom: string,
  parts: {
    policies: readonly FortiPolicy[];
    sequence?: readonly number[];
    addresses?: readonly FortiAddress[];
    addrgrps?: readonly FortiAddrgrp[];
    vips?: readonly FortiVip[];
    vipgrps?: readonly FortiVipgrp[];
    services?: readonly FortiService[];
    serviceGroups?: readonly FortiServiceGroup[];
    interfaces?: readonly FortiInterface[];
  },
): FortigateVdom {
  const byName = <T extends { name: string }>(items: readonly T[] = []) =>
    new Map(items.map((i) => [i.name, i]));
  const position = new Map((parts.sequence ?? []).map((id, i) => [id, i]));
  const policies = [...parts.policies].sort(
    (a, b) =>
      (position.get(a.policyid) ?? Infinity) - (position.get(b.policyid) ?? Infinity) ||
      a.policyid - b.policyid,
  );
  return {
    device,
    vdom,
    policies,
    addresses: byName(parts.addresses),
    addrgrps: byName(parts.addrgrps),
    vips: byName(parts.vips),
    vipgrps: byName(parts.vipgrps),
    services: byName(parts.services),
    serviceGroups: byName(parts.serviceGroups),
    interfaces: byName(parts.interfaces),
  };
}
