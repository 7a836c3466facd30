import type { sqladmin_v1 } from '@googleapis/sqladmin';
import { ApplicationFailure } from '@temporalio/common';
import { GcpFailureType } from '../../failure-types.js';
import { serviceKind } from '../kinds.js';
import { coveredLocations } from '../locations.js';
import { expectField, serviceGetOrGone } from '../get-or-gone.js';
import { noRetry, type ServiceResource } from '../service-resource.js';
import { servicePages, type ServiceListing } from '../service-paging.js';

type Instance = sqladmin_v1.Schema$DatabaseInstance;
type ListBody = sqladmin_v1.Schema$InstancesListResponse;

/** `instances.list` (project-wide, paged by maxResults ≤ 500); a `REGION_UNREACHABLE` warning names a region it missed. */
export const sqlInstancesListing: ServiceListing<ListBody, Instance> = {
  method: 'sqlInstances.list',
  envelope: { kind: 'sql#instancesList', field: 'items', objectLists: ['warnings'] },
  items: (b) => b.items ?? [],
  coverage: (b) =>
    coveredLocations(
      (b.warnings ?? []).filter((w) => w.code === 'REGION_UNREACHABLE').map((w) => w.region ?? 'global'),
    ),
};

function requireName(i: Instance): string {
  if (!i.name)
    throw ApplicationFailure.create({
      type: GcpFailureType.MalformedResource,
      nonRetryable: true,
      message: `Cloud SQL instance without name in API response: ${i.selfLink ?? '(no selfLink)'}`,
    });
  return i.name;
}

/** Pure: an instance → row; its id is its name (unique in the project; Cloud SQL has no numeric id). */
export function convertSqlInstance(i: Instance) {
  const name = requireName(i);
  const ip = i.settings?.ipConfiguration;
  return {
    id: name,
    name,
    location: i.region ?? 'global',
    creation_timestamp: i.createTime ?? null,
    state: i.state ?? null,
    database_version: i.databaseVersion ?? null,
    tier: i.settings?.tier ?? null,
    public_ipv4: (i.ipAddresses ?? []).find((a) => a.type === 'PRIMARY')?.ipAddress ?? null,
    private_ip: (i.ipAddresses ?? []).find((a) => a.type === 'PRIVATE')?.ipAddress ?? null,
    ipv4_enabled: ip?.ipv4Enabled === true,
    authorized_networks: (ip?.authorizedNetworks ?? []).map((n) => n.value ?? '').filter(Boolean),
    private_network: ip?.privateNetwork ?? null,
    ssl_mode: ip?.sslMode ?? null,
    require_ssl: ip?.requireSsl === true,
    backups_enabled: i.settings?.backupConfiguration?.enabled === true,
  };
}

/** Cloud SQL instances (Admin API v1): IP configuration, version, backups. */
export const sqlInstanceResource: ServiceResource<Instance> = {
  ...serviceKind('sqlInstances'),
  columns: {
    state: 'text',
    database_version: 'text',
    tier: 'text',
    public_ipv4: 'text',
    private_ip: 'text',
    ipv4_enabled: 'boolean',
    authorized_networks: 'text[]',
    private_network: 'text',
    ssl_mode: 'text',
    require_ssl: 'boolean',
    backups_enabled: 'boolean',
  },
  listColumns: ['state', 'database_version', 'public_ipv4', 'ssl_mode'],
  list: (client, ctx) =>
    servicePages<ListBody, Instance>(ctx, sqlInstancesListing, (pageToken) =>
      client.sqladmin.instances.list(
        { project: ctx.scope, maxResults: Math.min(ctx.pageSize, 500), ...(pageToken ? { pageToken } : {}) },
        noRetry,
      ),
    ),
  get: (client, ctx, ref) =>
    serviceGetOrGone(
      ctx.api,
      {
        method: 'sqlInstances.get',
        path: `projects/${ctx.scope}/instances/${ref.name}`,
        reason: 'instanceDoesNotExist',
        check: expectField('kind', 'sql#instance'),
      },
      () => client.sqladmin.instances.get({ project: ctx.scope, instance: ref.name }, noRetry),
    ),
  convert: convertSqlInstance,
  identify: requireName,
};
