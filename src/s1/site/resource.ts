import { arrayOf, cursorPages } from '../paging.js';
import { getById, s1Id, type S1Resource } from '../s1-resource.js';
import { s1Kind } from '../kinds.js';
import type { S1Site } from '../types.js';
import { convertSite } from './convert.js';

const path = '/sites';

/** The sites of a listing body: `data.sites` (the API puts license totals beside them in `data.allSites`). */
function sitesOf(data: unknown): S1Site[] {
  if (typeof data !== 'object' || data === null) throw new Error('data is not an object');
  return arrayOf<S1Site>((data as { sites?: unknown }).sites, 'data.sites');
}

/** SentinelOne sites of the console. */
export const siteResource: S1Resource<S1Site> = {
  ...s1Kind('sites'),
  columns: {
    account_id: 'text',
    account_name: 'text',
    state: 'text',
    site_type: 'text',
    suite: 'text',
    is_default: 'boolean',
    active_licenses: 'integer',
    total_licenses: 'integer',
  },
  listColumns: ['account_name', 'state', 'site_type', 'active_licenses', 'total_licenses'],
  list: (client, ctx) => cursorPages(client, ctx, path, sitesOf),
  get: (client, ctx, ref) => getById<S1Site>(client, ctx, ref, path, 'siteIds', sitesOf),
  convert: convertSite,
  identify: (item) => s1Id('s1.site', item),
};
