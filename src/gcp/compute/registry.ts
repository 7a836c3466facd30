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
] as const satisfies readonly ComputeResource<unknown>[];
