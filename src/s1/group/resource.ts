import { arrayOf, cursorPages } from '../paging.js';
import { getById, s1Id, type S1Resource } from '../s1-resource.js';
import { s1Kind } from '../kinds.js';
import type { S1Group } from '../types.js';
import { convertGroup } from './convert.js';

const path = '/groups';

/** SentinelOne groups (static, dynamic, pinned) of every site of the console. */
export const groupResource: S1Resource<S1Group> = {
  ...s1Kind('groups'),
  columns: {
    site_id: { type: 'text', index: 'btree' },
    type: 'text',
    is_default: 'boolean',
    inherits: 'boolean',
    rank: 'integer',
    total_agents: 'integer',
  },
  listColumns: ['site_id', 'type', 'is_default', 'total_agents'],
  list: (client, ctx) => cursorPages(client, ctx, path, (data) => arrayOf<S1Group>(data)),
  get: (client, ctx, ref) => getById<S1Group>(client, ctx, ref, path, 'groupIds'),
  convert: convertGroup,
  identify: (item) => s1Id('s1.group', item),
};
