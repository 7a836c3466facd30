import type { compute_v1 } from '@googleapis/compute';
import { noRetry, scopedCollection } from '../collection.js';
import type { ComputeResource } from '../compute-resource.js';
import { computeKind } from '../kinds.js';
import { identifyBy } from '../identity.js';
import { convertVpnTunnel } from './convert.js';

/** VPN tunnels (regional). */
export const vpnTunnelResource: ComputeResource<compute_v1.Schema$VpnTunnel> = {
  ...computeKind('vpnTunnels'),
  columns: {
    status: { type: 'text', index: 'btree' },
    vpn_gateway: 'text',
    vpn_gateway_interface: 'integer',
    router: 'text',
    peer_ip: 'text',
    peer_gateway: 'text',
    ike_version: 'integer',
    labels: 'jsonb',
  },
  listColumns: ['status', 'vpn_gateway', 'router', 'peer_ip'],
  ...scopedCollection<compute_v1.Schema$VpnTunnel>({
    collection: 'vpnTunnels',
    itemKind: 'compute#vpnTunnel',
    scope: 'regions',
    aggregatedList: (c, params) => c.vpnTunnels.aggregatedList(params, noRetry),
    get: (c, at) =>
      c.vpnTunnels.get({ project: at.project, region: at.location, vpnTunnel: at.name }, noRetry),
  }),
  convert: convertVpnTunnel,
  identify: identifyBy('VPN tunnel'),
};
