import type { ExposureEstate, ExposureInstance, ForwardingRule } from './estate.js';
import type { Restriction } from './evaluate-rules.js';
import { chainIndex, followRule, type OnBackend, type Sources } from './lb-chain.js';
import { normalizeProtocol, parsePortRange, type PortRange } from './protocols.js';

/** How the internet reaches an instance: an address, the network whose rules apply, whose traffic, which ports. */
export interface Reach {
  address: string;
  via: string;
  network: string;
  family: 4 | 6;
  /** `internet`: clients' own addresses arrive; `google-front-ends`: a proxy load balancer's GFEs connect. */
  sources: Sources;
  restriction: Restriction;
}

const EXTERNAL = new Set(['EXTERNAL', 'EXTERNAL_MANAGED']);

/** The protocol and ports a forwarding rule accepts. */
export function forwardingRestriction(rule: ForwardingRule): Restriction {
  const protocol = (rule.ipProtocol ?? 'TCP').toUpperCase();
  const protocols = protocol === 'L3_DEFAULT' ? undefined : [normalizeProtocol(protocol)];
  const listed = rule.allPorts
    ? []
    : [...rule.ports, ...(rule.portRange ? [rule.portRange] : [])]
        .map(parsePortRange)
        .filter((p): p is PortRange => p !== null);
  return {
    ...(protocols && { protocols }),
    ...(listed.length > 0 && { ports: listed.sort((a, b) => a[0] - b[0]) }),
  };
}

/**
 * Every way the internet reaches instances: external IPv4/IPv6 of each NIC, and the nic0 of backends of
 * external forwarding rules (followed by `followRule`). Returns reaches per instance and notes on every link
 * that could not be followed.
 */
export function reaches(estate: ExposureEstate): {
  byInstance: Map<ExposureInstance, Reach[]>;
  notes: string[];
} {
  const byInstance = new Map<ExposureInstance, Reach[]>();
  const notes: string[] = [];
  const add = (instance: ExposureInstance, reach: Reach) => {
    const list = byInstance.get(instance);
    if (list) list.push(reach);
    else byInstance.set(instance, [reach]);
  };
  for (const instance of estate.instances)
    for (const nic of instance.nics) {
      for (const address of nic.externalIpv4)
        add(instance, {
          address,
          via: 'direct IP',
          network: nic.network,
          family: 4,
          sources: 'internet',
          restriction: {},
        });
      for (const address of nic.externalIpv6)
        add(instance, {
          address,
          via: 'direct IP',
          network: nic.network,
          family: 6,
          sources: 'internet',
          restriction: {},
        });
    }
  const index = chainIndex(estate);
  for (const rule of estate.forwardingRules) {
    if (!EXTERNAL.has(rule.scheme ?? 'EXTERNAL') || !rule.ipAddress) continue;
    const family = rule.ipAddress.includes(':') ? 6 : 4;
    const base = { address: rule.ipAddress, via: `forwarding rule ${rule.name}`, family } as const;
    const bad = rule.allPorts
      ? []
      : [...rule.ports, ...(rule.portRange ? [rule.portRange] : [])].filter(
          (p) => parsePortRange(String(p)) === null,
        );
    if (bad.length > 0)
      notes.push(
        `forwarding rule ${rule.name} in ${rule.project} has ports that are not a port or range (${bad.map((p) => JSON.stringify(String(p).slice(0, 40))).join(', ')}): ignored; with no other port listed the rule counts as open on every port`,
      );
    const onBackend: OnBackend = (instance, sources, restriction) => {
      const nic0 = instance.nics[0];
      if (nic0) add(instance, { ...base, network: nic0.network, sources, restriction });
    };
    followRule(estate, index, rule, forwardingRestriction(rule), onBackend, (n) => notes.push(n));
  }
  return { byInstance, notes };
}
