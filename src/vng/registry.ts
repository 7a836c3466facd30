import { inKindOrder } from '../provider/kind.js';
import { vngKinds } from './kinds.js';
import { networkResource } from './network/resource.js';
import { secgroupResource } from './secgroup/resource.js';
import { serverGroupResource } from './server-group/resource.js';
import { serverResource } from './server/resource.js';
import { sshKeyResource } from './ssh-key/resource.js';
import { subnetResource } from './subnet/resource.js';
import { volumeResource } from './volume/resource.js';
import { wanIpResource } from './wan-ip/resource.js';
import type { VngResource } from './vng-resource.js';

/**
 * Every VNG Cloud resource Hotpot ingests, keyed by its plural in `vngKinds`: a kind missing on either side does
 * not compile. Adding one is a folder, a line here and its migration rendered by `hotpot migrate render`.
 */
export const vngResources: VngResource<unknown>[] = inKindOrder(vngKinds, {
  vngNetworks: networkResource,
  vngSubnets: subnetResource,
  vngSecgroups: secgroupResource,
  vngServers: serverResource,
  vngVolumes: volumeResource,
  vngWanIps: wanIpResource,
  vngSshKeys: sshKeyResource,
  vngServerGroups: serverGroupResource,
});
