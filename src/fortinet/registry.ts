import { inKindOrder } from '../provider/kind.js';
import { addressResource } from './address/resource.js';
import { addrgrpResource } from './addrgrp/resource.js';
import { deviceResource } from './device/resource.js';
import type { FortinetResource } from './fortinet-resource.js';
import { interfaceResource } from './interface/resource.js';
import { fortinetKinds } from './kinds.js';
import { policySequenceResource } from './policy-sequence/resource.js';
import { policyResource } from './policy/resource.js';
import { serviceGroupResource } from './service-group/resource.js';
import { serviceResource } from './service/resource.js';
import { staticRouteResource } from './static-route/resource.js';
import { vipResource } from './vip/resource.js';
import { vipgrpResource } from './vipgrp/resource.js';

/**
 * Every FortiGate resource Hotpot ingests, keyed by its plural in `fortinetKinds`: a kind missing on either side
 * does not compile. Adding one is a folder, a line here and its migration rendered by `hotpot migrate render`.
 */
export const fortinetResources: FortinetResource<unknown>[] = inKindOrder(fortinetKinds, {
  'fortinet-devices': deviceResource,
  'fortinet-interfaces': interfaceResource,
  'fortinet-addresses': addressResource,
  'fortinet-addrgrps': addrgrpResource,
  'fortinet-vips': vipResource,
  'fortinet-vipgrps': vipgrpResource,
  'fortinet-services': serviceResource,
  'fortinet-service-groups': serviceGroupResource,
  'fortinet-static-routes': staticRouteResource,
  'fortinet-policies': policyResource,
  'fortinet-policy-sequences': policySequenceResource,
});
