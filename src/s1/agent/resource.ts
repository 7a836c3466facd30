import { cursorPages, arrayOf } from '../paging.js';
import { getById, s1Id, type S1Resource } from '../s1-resource.js';
import { s1Kind } from '../kinds.js';
import type { S1Agent } from '../types.js';
import { convertAgent } from './convert.js';

const path = '/agents';

/** SentinelOne agents: one row per agent of the console, with hostname, IPs, cloud instance id and health. */
export const agentResource: S1Resource<S1Agent> = {
  ...s1Kind('agents'),
  columns: {
    uuid: 'text',
    computer_name: { type: 'text', index: 'btree' },
    os_type: 'text',
    os_name: 'text',
    agent_version: 'text',
    account_id: 'text',
    site_id: 'text',
    site_name: 'text',
    group_id: 'text',
    group_name: 'text',
    is_active: 'boolean',
    is_decommissioned: 'boolean',
    infected: 'boolean',
    active_threats: 'integer',
    threat_reboot_required: 'boolean',
    network_status: 'text',
    last_active_date: 'timestamptz',
    external_ip: 'text',
    internal_ips: { type: 'text[]', index: 'gin' },
    cloud_provider: 'text',
    cloud_instance_id: { type: 'text', index: 'btree' },
    cloud_account: 'text',
    cloud_location: 'text',
  },
  listColumns: [
    'site_name',
    'os_type',
    'agent_version',
    'is_active',
    'infected',
    'last_active_date',
    'cloud_instance_id',
  ],
  list: (client, ctx) => cursorPages(client, ctx, path, (data) => arrayOf<S1Agent>(data)),
  get: (client, ctx, ref) => getById<S1Agent>(client, ctx, ref, path, 'ids'),
  convert: convertAgent,
  identify: (item) => s1Id('s1.agent', item),
};
