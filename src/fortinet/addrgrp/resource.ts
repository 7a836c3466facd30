import { refNames, str, tableResource } from '../fortinet-resource.js';
import type { FortiAddrgrp } from '../types.js';

/** `cmdb/firewall/addrgrp`: address groups of a VDOM, keyed by name. */
export const addrgrpResource = tableResource<FortiAddrgrp>({
  plural: 'fortinet-addrgrps',
  path: 'firewall',
  name: 'addrgrp',
  key: 'name',
  columns: { members: 'text[]', exclude: 'text', exclude_members: 'text[]' },
  listColumns: ['members', 'exclude'],
  row: (g) => ({
    members: refNames(g.member),
    exclude: str(g.exclude),
    exclude_members: refNames(g['exclude-member']),
  }),
});
