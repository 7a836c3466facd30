import { str, tableResource } from '../fortinet-resource.js';
import type { FortiInterface } from '../types.js';

/**
 * `cmdb/system/interface`: a global table; each VDOM scope keeps the interfaces whose `vdom` is its VDOM, so every
 * interface is stored once per device.
 */
export const interfaceResource = tableResource<FortiInterface>({
  plural: 'fortinet-interfaces',
  path: 'system',
  name: 'interface',
  key: 'name',
  columns: { vdom: 'text', ip: 'text', type: 'text', role: 'text', status: 'text', alias: 'text' },
  listColumns: ['vdom', 'ip', 'type', 'role', 'status'],
  row: (i) => ({
    vdom: str(i.vdom),
    ip: str(i.ip),
    type: str(i.type),
    role: str(i.role),
    status: str(i.status),
    alias: str(i.alias),
  }),
  inVdom: (i, vdom) => i.vdom === vdom,
});
