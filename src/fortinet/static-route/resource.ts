import { int, str, tableResource } from '../fortinet-resource.js';
import type { FortiStaticRoute } from '../types.js';

/** `cmdb/router/static`: static routes of a VDOM, keyed by `seq-num`. */
export const staticRouteResource = tableResource<FortiStaticRoute>({
  plural: 'fortinet-static-routes',
  path: 'router',
  name: 'static',
  key: 'seq-num',
  columns: {
    seq_num: 'integer',
    dst: 'text',
    gateway: 'text',
    device: 'text',
    distance: 'integer',
    status: 'text',
  },
  listColumns: ['dst', 'gateway', 'device', 'distance', 'status'],
  row: (r) => ({
    seq_num: int(r['seq-num']),
    dst: str(r.dst),
    gateway: str(r.gateway),
    device: str(r.device),
    distance: int(r.distance),
    status: str(r.status),
  }),
});
