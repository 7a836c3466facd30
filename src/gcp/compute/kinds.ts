import { kindNamer } from '../../provider/kind.js';

/** A Compute kind's names: `gcp.compute.<singular>`, the CLI plural, its activity, and its table. */
const kind = kindNamer('gcp.compute', 'gcp_compute');

/**
 * The names of every Compute Engine resource Hotpot ingests, workflow-safe (pure data, no SDK): the registry's
 * part that workflows, the client and the CLI may import. Each declaration takes its names from here.
 */
export const computeKinds = [
  kind('instance', 'instances', 'IngestInstances'),
  kind('disk', 'disks', 'IngestDisks'),
  kind('network', 'networks', 'IngestNetworks'),
  kind('subnetwork', 'subnetworks', 'IngestSubnetworks'),
  kind('firewall', 'firewalls', 'IngestFirewalls'),
  kind('address', 'addresses', 'IngestAddresses'),
  kind('global_address', 'globalAddresses', 'IngestGlobalAddresses'),
  kind('router', 'routers', 'IngestRouters'),
  kind('instance_group', 'instanceGroups', 'IngestInstanceGroups'),
  kind('instance_group_members', 'instanceGroupMembers', 'IngestInstanceGroupMembers'),
  kind('instance_group_manager', 'instanceGroupManagers', 'IngestInstanceGroupManagers'),
  kind('instance_template', 'instanceTemplates', 'IngestInstanceTemplates'),
  kind('image', 'images', 'IngestImages'),
  kind('snapshot', 'snapshots', 'IngestSnapshots'),
  kind('machine_image', 'machineImages', 'IngestMachineImages'),
  kind('vpn_gateway', 'vpnGateways', 'IngestVpnGateways'),
  kind('vpn_tunnel', 'vpnTunnels', 'IngestVpnTunnels'),
  kind('interconnect_attachment', 'interconnectAttachments', 'IngestInterconnectAttachments'),
  kind('resource_policy', 'resourcePolicies', 'IngestResourcePolicies'),
  kind('project', 'projects', 'IngestProjects'),
  kind('forwarding_rule', 'forwardingRules', 'IngestForwardingRules'),
  kind('global_forwarding_rule', 'globalForwardingRules', 'IngestGlobalForwardingRules'),
  kind('target_pool', 'targetPools', 'IngestTargetPools'),
  kind('backend_service', 'backendServices', 'IngestBackendServices'),
  kind('health_check', 'healthChecks', 'IngestHealthChecks'),
  kind('url_map', 'urlMaps', 'IngestUrlMaps'),
  kind('target_http_proxy', 'targetHttpProxies', 'IngestTargetHttpProxies'),
  kind('target_https_proxy', 'targetHttpsProxies', 'IngestTargetHttpsProxies'),
  kind('ssl_certificate', 'sslCertificates', 'IngestSslCertificates'),
  kind('ssl_policy', 'sslPolicies', 'IngestSslPolicies'),
  kind('security_policy', 'securityPolicies', 'IngestSecurityPolicies'),
  kind('network_endpoint_group', 'networkEndpointGroups', 'IngestNetworkEndpointGroups'),
  kind('target_instance', 'targetInstances', 'IngestTargetInstances'),
  kind('target_ssl_proxy', 'targetSslProxies', 'IngestTargetSslProxies'),
  kind('target_tcp_proxy', 'targetTcpProxies', 'IngestTargetTcpProxies'),
  kind('target_vpn_gateway', 'targetVpnGateways', 'IngestTargetVpnGateways'),
  kind('packet_mirroring', 'packetMirrorings', 'IngestPacketMirrorings'),
  kind('interconnect', 'interconnects', 'IngestInterconnects'),
  kind('network_firewall_policy', 'networkFirewallPolicies', 'IngestNetworkFirewallPolicies'),
  kind(
    'region_network_firewall_policy',
    'regionNetworkFirewallPolicies',
    'IngestRegionNetworkFirewallPolicies',
  ),
  kind('firewall_policy', 'firewallPolicies', 'IngestFirewallPolicies'),
  kind('instance_tag_bindings', 'instanceTagBindings', 'IngestInstanceTagBindings'),
] as const;

/**
 * Kinds ComputeWorkflow runs only behind its `compute-more-kinds` patch: histories recorded before them
 * scheduled the other kinds alone, and must replay so.
 */
export const kindsSinceMoreKindsPatch: readonly string[] = [
  'instanceGroupMembers',
  'targetInstances',
  'targetSslProxies',
  'targetTcpProxies',
  'targetVpnGateways',
  'packetMirrorings',
  'interconnects',
  'networkFirewallPolicies',
  'regionNetworkFirewallPolicies',
  'firewallPolicies',
  'instanceTagBindings',
];

/** Kinds whose scope is an organization or folder (`organizations/N`, `folders/N`), not a project. */
export const nodeScopedKinds = ['firewallPolicies'] as const;

/** An organization or folder scope id: `organizations/N` or `folders/N`. */
const nodeScopeId = /^(organizations|folders)\/[0-9]{1,20}$/;

/** True for a well-formed scope id naming an organization or folder rather than a project. */
export function isNodeScope(scopeId: string): boolean {
  return nodeScopeId.test(scopeId);
}

/** The kinds a Compute sync of this scope ingests: a node's hierarchical kinds, or every project kind. */
export function kindsOfScope(scopeId: string): ComputePlural[] {
  const node: readonly string[] = nodeScopedKinds;
  return computeKinds.map((k) => k.plural).filter((p) => node.includes(p) === isNodeScope(scopeId));
}

/**
 * Child listings: kinds listed by listing their parent kind again and then one call per parent object (per 500
 * of its children), `inFlight` of them at once per page of parents. Tests and the benchmark count their calls by
 * this.
 */
export const childListings = {
  instanceGroupMembers: { parent: 'instanceGroups', method: 'instanceGroups.listInstances', inFlight: 1 },
  instanceTagBindings: { parent: 'instances', method: 'tagBindings.list', inFlight: 8 },
} as const;

/** The kinds a project's Compute sync ingests: every kind but those of organizations and folders. */
export const projectKinds = computeKinds.filter(
  (k) => !(nodeScopedKinds as readonly string[]).includes(k.plural),
);

/** Plural names of the Compute kinds, as the CLI and summaries show them. */
export type ComputePlural = (typeof computeKinds)[number]['plural'];

/** Activity names of the Compute kinds (`IngestInstances`, …). */
export type ComputeActivityName = (typeof computeKinds)[number]['activityName'];

/** The names of one kind, by its plural. */
export function computeKind<P extends ComputePlural>(
  plural: P,
): Extract<(typeof computeKinds)[number], { plural: P }> {
  const found = computeKinds.find((k) => k.plural === plural);
  if (!found) throw new Error(`no Compute kind ${plural}`);
  return found as Extract<(typeof computeKinds)[number], { plural: P }>;
}
