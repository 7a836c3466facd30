import { int, str, tableResource } from '../fortinet-resource.js';
import type { FortiService } from '../types.js';

/** `cmdb/firewall.service/custom`: custom services (protocol and port ranges) of a VDOM, keyed by name. */
export const serviceResource = tableResource<FortiService>({
  plural: 'fortinet-services',
  path: 'firewall.service',
  name: 'custom',
  key: 'name',
  columns: {
    protocol: 'text',
    protocol_number: 'integer',
    tcp_portrange: 'text',
    udp_portrange: 'text',
    sctp_portrange: 'text',
    category: 'text',
  },
  listColumns: ['protocol', 'tcp_portrange', 'udp_portrange', 'category'],
  row: (s) => ({
    protocol: str(s.protocol),
    protocol_number: int(s['protocol-number']),
    tcp_portrange: str(s['tcp-portrange']),
    udp_portrange: str(s['udp-portrange']),
    sctp_portrange: str(s['sctp-portrange']),
    category: str(s.category),
  }),
});
