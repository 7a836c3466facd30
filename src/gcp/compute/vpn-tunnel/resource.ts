import type { compute_v1 } from '@googleapis/compute';
import type { ComputeResource } from '../compute-resource.js';
import { identifyBy } from '../identity.js';
import { convertVpnTunnel } from './convert.js';
import { getVpnTunnel } from './get.js';
import { listVpnTunnels } from './list.js';

/** VPN tunnels (regional). */
export const vpnTunnelResource: ComputeResource<compute_v1.Schema$VpnTunnel> = {
  kind: 'gcp.compute.vpnTunnel',
  plural: 'vpnTunnels',
  activityName: 'IngestVpnTunnels',
  table: 'gcp_compute_vpn_tunnels',
  columns: {
    status: 'text',
    vpn_gateway: 'text',
    vpn_gateway_interface: 'integer',
    router: 'text',
    peer_ip: 'text',
    peer_gateway: 'text',
    ike_version: 'integer',
    labels: 'jsonb',
  },
  listColumns: ['status', 'vpn_gateway', 'router', 'peer_ip'],
  list: listVpnTunnels,
  get: getVpnTunnel,
  convert: convertVpnTunnel,
  identify: identifyBy('vpnTunnel'),
};
