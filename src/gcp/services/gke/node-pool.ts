import type { container_v1 } from '@googleapis/container';
import { ApplicationFailure } from '@temporalio/common';
import { GcpFailureType } from '../../failure-types.js';
import { serviceKind } from '../kinds.js';
import { expectField, serviceGetOrGone } from '../get-or-gone.js';
import { noRetry, type ServiceResource } from '../service-resource.js';
import { listClusters } from './cluster.js';

type NodePool = container_v1.Schema$NodePool;

/** `projects/p/locations/l/clusters/c/nodePools/n` from a node pool's selfLink: its id (node pools carry no other). */
export function nodePoolPath(pool: NodePool): string {
  const m = /(projects\/[^/]+\/(?:locations|zones)\/[^/]+\/clusters\/[^/]+\/nodePools\/[^/]+)$/.exec(
    pool.selfLink ?? '',
  );
  if (!m?.[1] || !pool.name)
    throw ApplicationFailure.create({
      type: GcpFailureType.MalformedResource,
      nonRetryable: true,
      message: `GKE node pool without ${pool.name ? 'a selfLink naming it' : 'name'} in API response: ${pool.selfLink ?? pool.name ?? '(no selfLink)'}`,
    });
  return m[1].replace('/zones/', '/locations/');
}

/** Pure: a node pool → row. */
export function convertNodePool(p: NodePool) {
  const id = nodePoolPath(p);
  const parts = id.split('/');
  return {
    id,
    name: p.name!,
    location: parts[3]!,
    creation_timestamp: null,
    cluster: parts[5]!,
    status: p.status ?? null,
    machine_type: p.config?.machineType ?? null,
    service_account: p.config?.serviceAccount ?? null,
    node_count: p.initialNodeCount ?? null,
    version: p.version ?? null,
    instance_group_urls: p.instanceGroupUrls ?? [],
  };
}

/**
 * GKE node pools, as the clusters listing carries them (no call of their own: `clusters.list` holds every pool
 * exactly as `nodePools.list` returns it). Their nodes are Compute instances of the pools' instance groups.
 */
export const gkeNodePoolResource: ServiceResource<NodePool> = {
  ...serviceKind('gkeNodePools'),
  columns: {
    cluster: { type: 'text', index: 'btree' },
    status: 'text',
    machine_type: 'text',
    service_account: 'text',
    node_count: 'bigint',
    version: 'text',
    instance_group_urls: 'text[]',
  },
  listColumns: ['cluster', 'status', 'machine_type', 'node_count'],
  async *list(client, ctx) {
    for await (const page of listClusters(client, ctx))
      yield { ...page, items: page.items.flatMap((c) => c.nodePools ?? []) };
  },
  get: (client, ctx, ref) =>
    serviceGetOrGone(
      ctx.api,
      {
        method: 'nodePools.get',
        path: ref.id,
        message: ref.id.slice(0, ref.id.indexOf('/nodePools/')),
        check: expectField('name', ref.name),
      },
      () => client.container.projects.locations.clusters.nodePools.get({ name: ref.id }, noRetry),
    ),
  convert: convertNodePool,
  identify: nodePoolPath,
};
