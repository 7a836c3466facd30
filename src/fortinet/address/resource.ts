import { str, tableResource } from '../fortinet-resource.js';
import type { FortiAddress } from '../types.js';

/** `cmdb/firewall/address`: address objects (subnet, range, FQDN, geography, …) of a VDOM, keyed by name. */
export const addressResource = tableResource<FortiAddress>({
  plural: 'fortinet-addresses',
  path: 'firewall',
  name: 'address',
  key: 'name',
  columns: {
    type: 'text',
    subnet: 'text',
    start_ip: 'text',
    end_ip: 'text',
    fqdn: 'text',
    country: 'text',
    uuid: 'text',
  },
  listColumns: ['type', 'subnet', 'start_ip', 'end_ip', 'fqdn'],
  row: (a) => ({
    type: str(a.type),
    subnet: str(a.subnet),
    start_ip: str(a['start-ip']),
    end_ip: str(a['end-ip']),
    fqdn: str(a.fqdn),
    country: str(a.country),
    uuid: str(a.uuid),
  }),
});
