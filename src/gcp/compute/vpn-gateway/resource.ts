import type { compute_v1 } from '@googleapis/compute';
import type { ComputeResource } from '../compute-resource.js';
import { identifyBy } from '../identity.js';
import { convertVpnGateway } from './convert.js';
import { getVpnGateway } from './get.js';
import { listVpnGateways } from './list.js';

/** HA VPN gateways (regional). */
export const vpnGatewayResource: ComputeResource<compute_v1.Schema$VpnGateway> = {
  kind: 'gcp.compute.vpnGateway',
  plural: 'vpnGateways',
  activityName: 'IngestVpnGateways',
  table: 'gcp_compute_vpn_gateways',
  columns: {
    network: 'text',
    ip_addresses: 'text[]',
    stack_type: 'text',
    labels: 'jsonb',
  },
  listColumns: ['network', 'ip_addresses'],
  list: listVpnGateways,
  get: getVpnGateway,
  convert: convertVpnGateway,
  identify: identifyBy('vpnGateway'),
};
