import { refNames, str, tableResource } from '../fortinet-resource.js';
import type { FortiVipgrp } from '../types.js';

/** `cmdb/firewall/vipgrp`: VIP groups of a VDOM, keyed by name. */
export const vipgrpResource = tableResource<FortiVipgrp>({
  plural: 'fortinet-vipgrps',
  path: 'firewall',
  name: 'vipgrp',
  key: 'name',
  columns: { interface: 'text', members: 'text[]' },
  listColumns: ['interface', 'members'],
  row: (g) => ({ interface: str(g.interface), members: refNames(g.member) }),
});
