import type { ComputeResource } from './compute-resource.js';
import { addressResource } from './address/resource.js';
import { diskResource } from './disk/resource.js';
import { firewallResource } from './firewall/resource.js';
import { globalAddressResource } from './global-address/resource.js';
import { instanceGroupResource } from './instance-group/resource.js';
import { instanceResource } from './instance/resource.js';
import { networkResource } from './network/resource.js';
import { routerResource } from './router/resource.js';
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
] as const satisfies readonly ComputeResource<unknown>[];
