import { refNames, tableResource } from '../fortinet-resource.js';
import type { FortiServiceGroup } from '../types.js';

/** `cmdb/firewall.service/group`: service groups of a VDOM, keyed by name. */
export const serviceGroupResource = tableResource<FortiServiceGroup>({
  plural: 'fortinet-service-groups',
  path: 'firewall.service',
  name: 'group',
  key: 'name',
  columns: { members: 'text[]' },
  listColumns: ['members'],
  row: (g) => ({ members: refNames(g.member) }),
});
