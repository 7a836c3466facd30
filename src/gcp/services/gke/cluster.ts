import type { container_v1 } from '@googleapis/container';
import { requireIdentity } from '../../compute/identity.js';
import { serviceKind } from '../kinds.js';
import { coveredLocations } from '../locations.js';
import { expectField, serviceGetOrGone } from '../get-or-gone.js';
import { noRetry, type ServiceContext, type ServiceResource } from '../service-resource.js';
import { servicePages, type ServiceListing } from '../service-paging.js';

type Cluster = container_v1.Schema$Cluster;
type ListBody = container_v1.Schema$ListClustersResponse & { nextPageToken?: string | null };

/** `projects.locations.clusters.list` over every location (`locations/-`): one call, no paging; `missingZones` are unreachable. */
export const clustersListing: ServiceListing<ListBody, Cluster> = {
  method: 'clusters.list',
  envelope: { field: 'clusters', stringLists: ['missingZones'] },
  items: (b) => b.clusters ?? [],
  coverage: (b) => coveredLocations(b.missingZones ?? []),
};

/** Every cluster of the project (the node pools come in the same answer). */
export function listClusters(client: { container: container_v1.Container }, ctx: ServiceContext) {
  return servicePages<ListBody, Cluster>(ctx, clustersListing, () =>
    client.container.projects.locations.clusters.list(
      { parent: `projects/${ctx.scope}/locations/-` },
      noRetry,
    ),
  );
}

/** Pure: a cluster → row (the settings exposure and findings read). */
export function convertCluster(c: Cluster) {
  const { id, name } = requireIdentity('GKE cluster', c);
  const authorized = c.masterAuthorizedNetworksConfig;
  return {
    id,
    name,
    location: c.location ?? 'global',
    creation_timestamp: c.createTime ?? null,
    status: c.status ?? null,
    endpoint: c.endpoint ?? null,
    private_nodes: c.privateClusterConfig?.enablePrivateNodes === true,
    private_endpoint: c.privateClusterConfig?.enablePrivateEndpoint === true,
    authorized_networks_enabled: authorized?.enabled === true,
    authorized_cidrs: (authorized?.cidrBlocks ?? []).map((b) => b.cidrBlock ?? '').filter(Boolean),
    legacy_abac: c.legacyAbac?.enabled === true,
    workload_pool: c.workloadIdentityConfig?.workloadPool ?? null,
    release_channel: c.releaseChannel?.channel ?? null,
    node_service_account: c.nodeConfig?.serviceAccount ?? null,
    network: c.network ?? null,
    master_version: c.currentMasterVersion ?? null,
  };
}

/** GKE clusters (Kubernetes Engine v1): control plane endpoint and access, identity, release channel. */
export const gkeClusterResource: ServiceResource<Cluster> = {
  ...serviceKind('gkeClusters'),
  columns: {
    status: 'text',
    endpoint: 'text',
    private_nodes: 'boolean',
    private_endpoint: 'boolean',
    authorized_networks_enabled: 'boolean',
    authorized_cidrs: 'text[]',
    legacy_abac: 'boolean',
    workload_pool: 'text',
    release_channel: 'text',
    node_service_account: 'text',
    network: 'text',
    master_version: 'text',
  },
  listColumns: ['status', 'endpoint', 'private_endpoint', 'release_channel'],
  list: listClusters,
  get: (client, ctx, ref) => {
    const name = `projects/${ctx.scope}/locations/${ref.location}/clusters/${ref.name}`;
    return serviceGetOrGone(
      ctx.api,
      { method: 'clusters.get', path: name, message: name, check: expectField('name', ref.name) },
      () => client.container.projects.locations.clusters.get({ name }, noRetry),
    );
  },
  convert: convertCluster,
  identify: (c) => requireIdentity('GKE cluster', c).id,
};
