import type { compute_v1 } from '@googleapis/compute';
import { noRetry, scopedCollection } from '../collection.js';
import type { ComputeResource } from '../compute-resource.js';
import { computeKind } from '../kinds.js';
import { identifyBy } from '../identity.js';
import { convertTargetVpnGateway } from './convert.js';

/** Classic VPN gateways (regional): their network, status, forwarding rules and tunnels. */
export const targetVpnGatewayResource: ComputeResource<compute_v1.Schema$TargetVpnGateway> = {
  ...computeKind('targetVpnGateways'),
  columns: {
    network: 'text',
    status: 'text',
    forwarding_rules: 'text[]',
    tunnels: 'text[]',
    labels: 'jsonb',
  },
  listColumns: ['network', 'status', 'tunnels'],
  ...scopedCollection<compute_v1.Schema$TargetVpnGateway>({
    collection: 'targetVpnGateways',
    itemKind: 'compute#targetVpnGateway',
    scope: 'regions',
    aggregatedList: (c, params) => c.targetVpnGateways.aggregatedList(params, noRetry),
    get: (c, at) =>
      c.targetVpnGateways.get(
        { project: at.project, region: at.location, targetVpnGateway: at.name },
        noRetry,
      ),
  }),
  convert: convertTargetVpnGateway,
  identify: identifyBy('target VPN gateway'),
};
