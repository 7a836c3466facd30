import { int, refNames, str, tableResource } from '../fortinet-resource.js';
import type { FortiPolicy } from '../types.js';

/** `cmdb/firewall/policy`: firewall policies of a VDOM, keyed by `policyid`; their order is the policy sequence kind. */
export const policyResource = tableResource<FortiPolicy>({
  plural: 'fortinet-policies',
  path: 'firewall',
  name: 'policy',
  key: 'policyid',
  columns: {
    policy_id: 'integer',
    uuid: 'text',
    status: 'text',
    action: 'text',
    src_interfaces: 'text[]',
    dst_interfaces: 'text[]',
    src_addresses: 'text[]',
    dst_addresses: { type: 'text[]', index: 'gin' },
    services: 'text[]',
    schedule: 'text',
    nat: 'text',
  },
  listColumns: [
    'policy_id',
    'action',
    'status',
    'src_interfaces',
    'dst_interfaces',
    'dst_addresses',
    'services',
  ],
  row: (p) => ({
    policy_id: int(p.policyid),
    uuid: str(p.uuid),
    status: str(p.status),
    action: str(p.action),
    src_interfaces: refNames(p.srcintf),
    dst_interfaces: refNames(p.dstintf),
    src_addresses: refNames(p.srcaddr),
    dst_addresses: refNames(p.dstaddr),
    services: refNames(p.service),
    schedule: str(p.schedule),
    nat: str(p.nat),
  }),
});
