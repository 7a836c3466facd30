import { inKindOrder } from '../../provider/kind.js';
import type { ComputeResource } from './compute-resource.js';
import { computeKinds } from './kinds.js';
import { addressResource } from './address/resource.js';
import { backendServiceResource } from './backend-service/resource.js';
import { diskResource } from './disk/resource.js';
import { firewallResource } from './firewall/resource.js';
import { firewallPolicyResource } from './firewall-policy/resource.js';
import { networkFirewallPolicyResource } from './network-firewall-policy/resource.js';
import { regionNetworkFirewallPolicyResource } from './region-network-firewall-policy/resource.js';
import { forwardingRuleResource } from './forwarding-rule/resource.js';
import { globalAddressResource } from './global-address/resource.js';
import { globalForwardingRuleResource } from './global-forwarding-rule/resource.js';
import { healthCheckResource } from './health-check/resource.js';
import { instanceGroupResource } from './instance-group/resource.js';
import { instanceGroupMembersResource } from './instance-group-members/resource.js';
import { instanceResource } from './instance/resource.js';
import { networkEndpointGroupResource } from './network-endpoint-group/resource.js';
import { networkResource } from './network/resource.js';
import { routerResource } from './router/resource.js';
import { securityPolicyResource } from './security-policy/resource.js';
import { sslCertificateResource } from './ssl-certificate/resource.js';
import { sslPolicyResource } from './ssl-policy/resource.js';
import { subnetworkResource } from './subnetwork/resource.js';
import { imageResource } from './image/resource.js';
import { instanceGroupManagerResource } from './instance-group-manager/resource.js';
import { instanceTemplateResource } from './instance-template/resource.js';
import { interconnectAttachmentResource } from './interconnect-attachment/resource.js';
import { machineImageResource } from './machine-image/resource.js';
import { projectResource } from './project/resource.js';
import { resourcePolicyResource } from './resource-policy/resource.js';
import { snapshotResource } from './snapshot/resource.js';
import { vpnGatewayResource } from './vpn-gateway/resource.js';
import { vpnTunnelResource } from './vpn-tunnel/resource.js';
import { targetHttpProxyResource } from './target-http-proxy/resource.js';
import { targetHttpsProxyResource } from './target-https-proxy/resource.js';
import { targetPoolResource } from './target-pool/resource.js';
import { urlMapResource } from './url-map/resource.js';
import { targetInstanceResource } from './target-instance/resource.js';
import { targetSslProxyResource } from './target-ssl-proxy/resource.js';
import { targetTcpProxyResource } from './target-tcp-proxy/resource.js';
import { targetVpnGatewayResource } from './target-vpn-gateway/resource.js';
import { packetMirroringResource } from './packet-mirroring/resource.js';
import { interconnectResource } from './interconnect/resource.js';
import { instanceTagBindingsResource } from './instance-tag-bindings/resource.js';

/**
 * Every Compute Engine resource Hotpot ingests, keyed by its plural in `computeKinds`: a kind missing on either
 * side does not compile. Adding one is a folder, a line here and its migration rendered by `hotpot migrate render`.
 */
export const computeResources: ComputeResource<unknown>[] = inKindOrder(computeKinds, {
  instances: instanceResource,
  disks: diskResource,
  networks: networkResource,
  subnetworks: subnetworkResource,
  firewalls: firewallResource,
  addresses: addressResource,
  globalAddresses: globalAddressResource,
  routers: routerResource,
  instanceGroups: instanceGroupResource,
  instanceGroupMembers: instanceGroupMembersResource,
  instanceGroupManagers: instanceGroupManagerResource,
  instanceTemplates: instanceTemplateResource,
  images: imageResource,
  snapshots: snapshotResource,
  machineImages: machineImageResource,
  vpnGateways: vpnGatewayResource,
  vpnTunnels: vpnTunnelResource,
  interconnectAttachments: interconnectAttachmentResource,
  resourcePolicies: resourcePolicyResource,
  projects: projectResource,
  forwardingRules: forwardingRuleResource,
  globalForwardingRules: globalForwardingRuleResource,
  targetPools: targetPoolResource,
  backendServices: backendServiceResource,
  healthChecks: healthCheckResource,
  urlMaps: urlMapResource,
  targetHttpProxies: targetHttpProxyResource,
  targetHttpsProxies: targetHttpsProxyResource,
  sslCertificates: sslCertificateResource,
  sslPolicies: sslPolicyResource,
  securityPolicies: securityPolicyResource,
  networkEndpointGroups: networkEndpointGroupResource,
  targetInstances: targetInstanceResource,
  targetSslProxies: targetSslProxyResource,
  targetTcpProxies: targetTcpProxyResource,
  targetVpnGateways: targetVpnGatewayResource,
  packetMirrorings: packetMirroringResource,
  interconnects: interconnectResource,
  networkFirewallPolicies: networkFirewallPolicyResource,
  regionNetworkFirewallPolicies: regionNetworkFirewallPolicyResource,
  firewallPolicies: firewallPolicyResource,
  instanceTagBindings: instanceTagBindingsResource,
});
