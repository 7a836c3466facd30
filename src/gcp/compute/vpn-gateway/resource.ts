import type { compute_v1 } from '@googleapis/compute';
import { noRetry, scopedCollection } from '../collection.js';
import type { ComputeResource } from '../compute-resource.js';
import { computeKind } from '../kinds.js';
import { identifyBy } from '../identity.js';
import { convertVpnGateway } from './convert.js';

/** HA VPN gateways (regional). */
export const vpnGatewayResource: ComputeResource<compute_v1.Schema$VpnGateway> = {
  ...computeKind('vpnGateways'),
  columns: {
    network: { type: 'text', index: 'btree' },
    ip_addresses: 'text[]',
    stack_type: 'text',
    labels: 'jsonb',
  },
  listColumns: ['network', 'ip_addresses'],
  ...scopedCollection<compute_v1.Schema$VpnGateway>({
    collection: 'vpnGateways',
    itemKind: 'compute#vpnGateway',
    scope: 'regions',
    aggregatedList: (c, params) => c.vpnGateways.aggregatedList(params, noRetry),
    get: (c, at) =>
      c.vpnGateways.get({ project: at.project, region: at.location, vpnGateway: at.name }, noRetry),
  }),
  convert: convertVpnGateway,
  identify: identifyBy('VPN gateway'),
};
