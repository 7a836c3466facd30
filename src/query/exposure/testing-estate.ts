import type { compute_v1 } from '@googleapis/compute';
import type { ExposureEstate, ExposureInstance, ForwardingRule } from './estate.js';
import { firewallPolicy, type PolicyType } from './firewall-policy.js';
import { firewallRule } from './firewall-rule.js';
import type { EnforcementOrder } from './policy-order.js';
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
    secureTags: [],
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

/** The full URL of VPC, as policy associations and targetResources give it. */
export const VPC_URL = `https://www.googleapis.com/compute/v1/${VPC}`;

/** A crafted ingress policy rule (API shape): `action` on tcp `ports` from `ranges` (default 0.0.0.0/0). */
export function policyRuleOf(
  priority: number,
  action: string,
  ports: string[],
  extra: compute_v1.Schema$FirewallPolicyRule & { ranges?: string[] } = {},
): compute_v1.Schema$FirewallPolicyRule {
  const { ranges = ['0.0.0.0/0'], ...rest } = extra;
  return {
    priority,
    action,
    direction: 'INGRESS',
    match: { srcIpRanges: ranges, layer4Configs: [{ ipProtocol: 'tcp', ports }] },
    ...rest,
  };
}

/** A crafted firewall policy: hierarchical (owner a node), network or regional (owner project p), attached to `targets`. */
export function policyOf(
  type: PolicyType,
  owner: string,
  name: string,
  targets: string[],
  rules: compute_v1.Schema$FirewallPolicyRule[],
  region?: string,
) {
  return firewallPolicy(type, owner, {
    name: type === 'hierarchy' ? `9${name.length}` : name,
    ...(type === 'hierarchy' && { shortName: name }),
    ...(region !== undefined && {
      region: `https://www.googleapis.com/compute/v1/projects/p/regions/${region}`,
    }),
    associations: targets.map((t) => ({ attachmentTarget: t })),
    rules,
  });
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
      | 'ancestry'
      | 'enforcementOrder'
    >
  > & {
    ancestry?: Record<string, string[]>;
    enforcementOrder?: Record<string, EnforcementOrder>;
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
    policies: parts.policies ?? [],
    ancestry: new Map(Object.entries(parts.ancestry ?? {})),
    enforcementOrder: map(parts.enforcementOrder),
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
