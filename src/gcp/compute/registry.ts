import type { ComputeResource } from './compute-resource.js';
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

/** Every Compute Engine resource Hotpot ingests: adding one is a folder, a migration and a line here. */
export const computeResources = [
  instanceResource,
  diskResource,
  networkResource,
  subnetworkResource,
  firewallResource,
  addressResource,
  globalAddressResource,
  routerResource,
  instanceGroupResource,
  instanceGroupManagerResource,
  instanceTemplateResource,
  imageResource,
  snapshotResource,
  machineImageResource,
  vpnGatewayResource,
  vpnTunnelResource,
  interconnectAttachmentResource,
  resourcePolicyResource,
  projectResource,
  forwardingRuleResource,
  globalForwardingRuleResource,
  targetPoolResource,
  backendServiceResource,
  healthCheckResource,
  urlMapResource,
  targetHttpProxyResource,
  targetHttpsProxyResource,
  sslCertificateResource,
  sslPolicyResource,
  securityPolicyResource,
  networkEndpointGroupResource,
  networkFirewallPolicyResource,
  regionNetworkFirewallPolicyResource,
  firewallPolicyResource,
] as const satisfies readonly ComputeResource<unknown>[];
