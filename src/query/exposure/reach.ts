import type { ExposureEstate, ExposureInstance, ForwardingRule } from './estate.js';
import type { Restriction } from './evaluate-rules.js';
import { normalizeProtocol, parsePortRange, type PortRange } from './protocols.js';
import { normalizeUrl, parseRef, refKey } from './urls.js';

/** How the internet reaches an instance: an address, the network whose rules apply, whose traffic, which ports. */
export interface Reach {
  address: string;
  via: string;
  network: string;
  family: 4 | 6;
  /** `internet`: clients' own addresses arrive; `google-front-ends`: a proxy load balancer's GFEs connect. */
  sources: 'internet' | 'google-front-ends';
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

/** The instances in each managed instance group (by the manager their `created-by` metadata names). */
function groupMembers(estate: ExposureEstate): Map<string, ExposureInstance[]> {
  const members = new Map<string, ExposureInstance[]>();
  for (const instance of estate.instances) {
    const ref = instance.createdBy ? parseRef(instance.createdBy) : null;
    if (ref?.collection !== 'instanceGroupManagers') continue;
    const group = estate.managers.get(refKey(instance.project, ref.location, ref.name));
    if (!group) continue;
    const list = members.get(group);
    if (list) list.push(instance);
    else members.set(group, [instance]);
  }
  return members;
}

function namedPort(estate: ExposureEstate, group: string, portName: string | null): PortRange[] | undefined {
  const entry = (estate.instanceGroups.get(group) ?? []).find((p) => p.startsWith(`${portName ?? 'http'}:`));
  const port = entry === undefined ? NaN : Number(entry.slice(entry.indexOf(':') + 1));
  return Number.isInteger(port) ? [[port, port]] : undefined;
}

/**
 * Every way the internet reaches instances: external IPv4/IPv6 of each NIC, and the nic0 of backends of
 * external forwarding rules (target pools, backend services' managed groups, HTTP(S) proxies' URL maps).
 * Returns reaches per instance and notes on what could not be followed.
 */
export function reaches(estate: ExposureEstate): {
  byInstance: Map<ExposureInstance, Reach[]>;
  notes: string[];
} {
  const byInstance = new Map<ExposureInstance, Reach[]>();
  const notes: string[] = [];
  const byUrl = new Map(estate.instances.map((i) => [refKey(i.project, i.zone, i.name), i]));
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
  const members = groupMembers(estate);
  const groupsOf = (service: string, rule: ForwardingRule): string[] => {
    const found = estate.backendServices.get(normalizeUrl(service));
    if (!found)
      notes.push(
        `forwarding rule ${rule.project}/${rule.name}: backend service ${service} is not in the store`,
      );
    return (found?.groups ?? []).map(normalizeUrl);
  };
  for (const rule of estate.forwardingRules) {
    if (!EXTERNAL.has(rule.scheme ?? 'EXTERNAL') || !rule.ipAddress) continue;
    const family = rule.ipAddress.includes(':') ? 6 : 4;
    const base = { address: rule.ipAddress, via: `forwarding rule ${rule.name}`, family } as const;
    const backend = (instance: ExposureInstance, sources: Reach['sources'], restriction: Restriction) => {
      const nic0 = instance.nics[0];
      if (nic0) add(instance, { ...base, network: nic0.network, sources, restriction });
    };
    const inGroups = (
      groups: readonly string[],
      sources: Reach['sources'],
      port: (g: string) => Restriction,
    ) => {
      for (const group of groups) {
        const list = members.get(group);
        if (!list && parseRef(group)?.collection === 'instanceGroups')
          notes.push(
            `forwarding rule ${rule.project}/${rule.name}: members of ${group} are not known (only managed groups' members are, by their created-by metadata)`,
          );
        for (const instance of list ?? []) backend(instance, sources, port(group));
      }
    };
    const target = rule.target ? parseRef(rule.target) : null;
    if (!target && rule.backendService) {
      const restriction = forwardingRestriction(rule);
      inGroups(groupsOf(rule.backendService, rule), 'internet', () => restriction);
    } else if (target?.collection === 'targetPools') {
      const restriction = forwardingRestriction(rule);
      for (const url of estate.targetPools.get(normalizeUrl(rule.target!)) ?? []) {
        const ref = parseRef(url);
        const instance = ref ? byUrl.get(refKey(ref.project, ref.location, ref.name)) : undefined;
        if (instance) backend(instance, 'internet', restriction);
      }
    } else if (
      target &&
      (target.collection === 'targetHttpProxies' || target.collection === 'targetHttpsProxies')
    ) {
      if (target.location !== 'global') {
        notes.push(
          `forwarding rule ${rule.project}/${rule.name}: regional external Application Load Balancers (proxy-only subnet sources) are not modelled`,
        );
        continue;
      }
      const urlMap = estate.proxies.get(normalizeUrl(rule.target!));
      for (const service of urlMap ? (estate.urlMaps.get(normalizeUrl(urlMap)) ?? []) : []) {
        const portName = estate.backendServices.get(normalizeUrl(service))?.portName ?? null;
        inGroups(groupsOf(service, rule), 'google-front-ends', (g) => {
          const ports = namedPort(estate, g, portName);
          return { protocols: ['tcp'], ...(ports && { ports }) };
        });
      }
    } else if (target) {
      notes.push(
        `forwarding rule ${rule.project}/${rule.name}: its target ${target.collection}/${target.name} is not ingested, so its backends are unknown`,
      );
    }
  }
  return { byInstance, notes };
}
