import type { compute_v1 } from '@googleapis/compute';
import type { ExposureEstate, ExposureInstance, ForwardingRule } from './estate.js';
import { firewallRule } from './firewall-rule.js';
import { normalizeUrl } from './urls.js';

/** The network URL crafted estates use unless told otherwise. */
export const VPC = 'projects/p/global/networks/vpc';

/** A crafted instance in project p, zone z: by default on VPC with no external address. */
export function vm(name: string, extra: Partial<ExposureInstance> = {}): ExposureInstance {
  return {
    project: 'p',
    id: `id-${name}`,
    name,
    zone: 'z',
    status: 'RUNNING',
    tags: [],
    serviceAccount: null,
    nics: [{ network: VPC, externalIpv4: [], externalIpv6: [] }],
    createdBy: null,
    ...extra,
  };
}

/** A crafted instance with one external IPv4 on VPC. */
export function publicVm(name: string, ip: string, extra: Partial<ExposureInstance> = {}): ExposureInstance {
  return vm(name, { nics: [{ network: VPC, externalIpv4: [ip], externalIpv6: [] }], ...extra });
}

/** A crafted firewall rule on VPC (API shape; Google's defaults apply to what is left out). */
export function fw(name: string, rule: compute_v1.Schema$Firewall) {
  return firewallRule('p', { name, network: `https://www.googleapis.com/compute/v1/${VPC}`, ...rule });
}

/** A crafted external forwarding rule. */
export function fr(name: string, extra: Partial<ForwardingRule>): ForwardingRule {
  return {
    project: 'p',
    name,
    location: 'r',
    ipAddress: null,
    ipProtocol: 'TCP',
    portRange: null,
    ports: [],
    allPorts: false,
    scheme: 'EXTERNAL',
    target: null,
    backendService: null,
    ...extra,
  };
}

/** An estate of these parts; the maps keyed by normalized URL. */
export function estate(
  parts: Partial<
    Omit<
      ExposureEstate,
      | 'targetPools'
      | 'backendServices'
      | 'instanceGroups'
      | 'managers'
      | 'proxies'
      | 'urlMaps'
      | 'targetInstances'
      | 'serviceProxies'
      | 'groupMembers'
    >
  > & {
    targetPools?: Record<string, string[]>;
    backendServices?: Record<string, { groups: string[]; portName: string | null }>;
    instanceGroups?: Record<string, string[]>;
    managers?: Record<string, string>;
    proxies?: Record<string, string>;
    urlMaps?: Record<string, string[]>;
    targetInstances?: Record<string, string>;
    serviceProxies?: Record<string, string>;
    groupMembers?: Record<string, string[]>;
  },
): ExposureEstate {
  const map = <V>(o: Record<string, V> = {}) =>
    new Map(Object.entries(o).map(([k, v]) => [normalizeUrl(k), v]));
  return {
    instances: parts.instances ?? [],
    firewalls: parts.firewalls ?? [],
    forwardingRules: parts.forwardingRules ?? [],
    targetPools: map(parts.targetPools),
    backendServices: map(parts.backendServices),
    instanceGroups: map(parts.instanceGroups),
    managers: new Map(Object.entries(parts.managers ?? {})),
    proxies: map(parts.proxies),
    urlMaps: map(parts.urlMaps),
    targetInstances: map(parts.targetInstances),
    serviceProxies: map(parts.serviceProxies),
    groupMembers: map(parts.groupMembers),
  };
}
