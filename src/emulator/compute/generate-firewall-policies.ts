import type { compute_v1 } from '@googleapis/compute';
import type { ProjectState } from '../estate.js';
import { derivePrng } from '../prng.js';
import type { Hierarchy } from '../resource-manager/hierarchy.js';
import { computeBase, projectUrl, regionUrl } from './urls.js';
import { randomCreationMs, rfc3339 } from './values.js';

type Rule = compute_v1.Schema$FirewallPolicyRule;
type Policy = compute_v1.Schema$FirewallPolicy;

/** An ingress policy rule on tcp/udp `ports` from `ranges`. */
export function ingressRule(
  priority: number,
  action: string,
  protocol: string,
  ports: string[],
  ranges: string[] = ['0.0.0.0/0'],
): Rule {
  return {
    kind: 'compute#firewallPolicyRule',
    priority,
    action,
    direction: 'INGRESS',
    match: { srcIpRanges: ranges, layer4Configs: [{ ipProtocol: protocol, ...(ports.length && { ports }) }] },
    enableLogging: false,
    disabled: false,
    ruleTupleCount: 2,
  };
}

/** Google's default rules of a new policy: every ingress and egress handed to the next level. */
export function defaultPolicyRules(): Rule[] {
  const any = (priority: number, direction: string, range: string): Rule => ({
    kind: 'compute#firewallPolicyRule',
    priority,
    action: 'goto_next',
    direction,
    match:
      direction === 'INGRESS'
        ? { srcIpRanges: [range], layer4Configs: [{ ipProtocol: 'all' }] }
        : { destIpRanges: [range], layer4Configs: [{ ipProtocol: 'all' }] },
    ruleTupleCount: 2,
  });
  return [
    any(2147483644, 'EGRESS', '::/0'),
    any(2147483645, 'INGRESS', '::/0'),
    any(2147483646, 'EGRESS', '0.0.0.0/0'),
    any(2147483647, 'INGRESS', '0.0.0.0/0'),
  ];
}

/**
 * The hierarchical policy a node owns and is associated with, numbered from the node id (and `suffix`, the
 * policy's index, when the node has several).
 */
export function nodePolicy(
  node: string,
  shortName: string,
  rules: Rule[],
  created: string,
  suffix = '',
): Policy {
  const id = `${node.startsWith('organizations/') ? 7 : 8}${node.slice(node.indexOf('/') + 1).padStart(11, '0')}${suffix}`;
  return {
    kind: 'compute#firewallPolicy',
    id,
    name: id,
    shortName,
    displayName: shortName,
    parent: node,
    creationTimestamp: created,
    fingerprint: Buffer.from(id).toString('base64'),
    selfLink: `${computeBase}/locations/global/firewallPolicies/${id}`,
    selfLinkWithId: `${computeBase}/locations/global/firewallPolicies/${id}`,
    associations: [
      { name: `${shortName}-association`, attachmentTarget: node, firewallPolicyId: id, shortName },
    ],
    rules: [...rules, ...defaultPolicyRules()],
    ruleTupleCount: rules.length * 2 + 8,
  };
}

/**
 * The generated hierarchical policies of a node: each organization denies plain HTTP (tcp 80) from the internet,
 * hands IAP SSH down (goto_next) and allows Google's load balancers on 443; each top-level folder hands tcp 443
 * down (goto_next) and denies tcp 8080.
 */
export function generateNodePolicies(hierarchy: Hierarchy, node: string): Policy[] {
  const created = rfc3339(Date.UTC(2024, 0, 15));
  if (node.startsWith('organizations/')) {
    if (!hierarchy.organizations.has(node.slice('organizations/'.length))) return [];
    return [
      nodePolicy(
        node,
        'org-baseline',
        [
          ingressRule(1000, 'deny', 'tcp', ['80']),
          ingressRule(1100, 'goto_next', 'tcp', ['22'], ['35.235.240.0/20']),
          ingressRule(1200, 'allow', 'tcp', ['443'], ['130.211.0.0/22', '35.191.0.0/16']),
        ],
        created,
      ),
    ];
  }
  const folder = hierarchy.folders.get(node.slice('folders/'.length));
  if (!folder?.parent.startsWith('organizations/')) return [];
  return [
    nodePolicy(
      node,
      `folder-${folder.id}`,
      [ingressRule(100, 'goto_next', 'tcp', ['443']), ingressRule(200, 'deny', 'tcp', ['8080'])],
      created,
    ),
  ];
}

/**
 * A project's network policies: a global one attached to its first network (whose enforcement order becomes
 * BEFORE_CLASSIC_FIREWALL) and a regional one in its first region, attached to the same network.
 */
export function generateNetworkPolicies(seed: number | string, state: ProjectState): void {
  const network = state.collections.networks.all()[0];
  if (!network) return;
  const prng = derivePrng(seed, 'firewall-policies', state.id);
  const net = JSON.parse(network.json.toString()) as compute_v1.Schema$Network;
  state.putObject('networks', { ...net, networkFirewallPolicyEnforcementOrder: 'BEFORE_CLASSIC_FIREWALL' });
  const association = { name: `${net.name}-association`, attachmentTarget: net.selfLink };
  const make = (name: string, base: string, rules: Rule[], region?: string): Policy => ({
    kind: 'compute#firewallPolicy',
    id: prng.uint64String(),
    name,
    creationTimestamp: rfc3339(randomCreationMs(prng)),
    description: '',
    fingerprint: prng.base64(),
    selfLink: `${base}/firewallPolicies/${name}`,
    associations: [association],
    rules: [...rules, ...defaultPolicyRules()],
    ruleTupleCount: rules.length * 2 + 8,
    ...(region !== undefined && { region: regionUrl(state.id, region) }),
  });
  state.putObject(
    'networkFirewallPolicies',
    make('network-policy', `${projectUrl(state.id)}/global`, [
      ingressRule(100, 'deny', 'tcp', ['9000-9100']),
      ingressRule(200, 'allow', 'tcp', ['8443']),
    ]),
  );
  const region = state.regions[0];
  if (region === undefined) return;
  state.putObject(
    'regionNetworkFirewallPolicies',
    make(
      `regional-policy-${region}`,
      regionUrl(state.id, region),
      [ingressRule(100, 'allow', 'udp', ['500', '4500']), ingressRule(200, 'deny', 'tcp', ['8443'])],
      region,
    ),
  );
}
