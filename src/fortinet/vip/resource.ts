import { int, str, tableResource } from '../fortinet-resource.js';
import type { FortiVip } from '../types.js';

/** `cmdb/firewall/vip`: virtual IPs (destination NAT) of a VDOM, keyed by name. */
export const vipResource = tableResource<FortiVip>({
  plural: 'fortinet-vips',
  path: 'firewall',
  name: 'vip',
  key: 'name',
  columns: {
    vip_id: 'integer',
    type: 'text',
    ext_ip: { type: 'text', index: 'btree' },
    ext_interface: 'text',
    mapped_ips: { type: 'text[]', index: 'gin' },
    port_forward: 'text',
    protocol: 'text',
    ext_port: 'text',
    mapped_port: 'text',
  },
  listColumns: ['type', 'ext_ip', 'ext_interface', 'mapped_ips', 'protocol', 'ext_port', 'mapped_port'],
  row: (v) => ({
    vip_id: int(v.id),
    type: str(v.type),
    ext_ip: str(v.extip),
    ext_interface: str(v.extintf),
    mapped_ips: Array.isArray(v.mappedip)
      ? v.mappedip.flatMap((m) => (typeof m?.range === 'string' ? [m.range] : []))
      : [],
    port_forward: str(v.portforward),
    protocol: str(v.protocol),
    ext_port: str(v.extport),
    mapped_port: str(v.mappedport),
  }),
});
