import type { compute_v1 } from '@googleapis/compute';
import type { ListPage } from '../../../provider/resource.js';
import { getOrGone, isNotFoundOf } from '../../get-or-gone.js';
import { checkListing } from '../../listing-shape.js';
import { noRetry } from '../collection.js';
import type { ComputeContext } from '../compute-resource.js';
import { instanceGroupResource } from '../instance-group/resource.js';
import { lastSegment } from '../identity.js';
import type { InstanceGroupMembers } from './convert.js';

const KIND = 'compute#instanceGroupsListInstances';

/** Every member of one zonal group, paged; 'gone' when Google answers 404 for the group. */
async function members(
  client: compute_v1.Compute,
  ctx: ComputeContext,
  zone: string,
  group: string,
): Promise<compute_v1.Schema$InstanceWithNamedPorts[] | 'gone'> {
  const path = `projects/${ctx.scope}/zones/${zone}/instanceGroups/${group}`;
  const what = `instanceGroups.listInstances ${path}`;
  const found: compute_v1.Schema$InstanceWithNamedPorts[] = [];
  let pageToken: string | undefined;
  try {
    do {
      const params = {
        project: ctx.scope,
        zone,
        instanceGroup: group,
        maxResults: ctx.pageSize,
        pageToken,
        returnPartialSuccess: true,
        requestBody: { instanceState: 'ALL' },
      };
      const body = await ctx.api.call(
        what,
        () => client.instanceGroups.listInstances(params, noRetry),
        (b) => checkListing(b, KIND, what),
      );
      found.push(...(body.items ?? []));
      pageToken = body.nextPageToken ?? undefined;
    } while (pageToken);
  } catch (err) {
    if (isNotFoundOf(err, path)) return 'gone';
    throw err;
  }
  return found;
}

function membership(
  group: compute_v1.Schema$InstanceGroup,
  instances: compute_v1.Schema$InstanceWithNamedPorts[],
): InstanceGroupMembers {
  const { id, name, zone, selfLink, creationTimestamp } = group;
  return { id, name, zone, selfLink, creationTimestamp, instances };
}

/**
 * A child listing: the instance groups' aggregatedList, then `instanceGroups.listInstances` of each zonal group
 * (regional groups are all managed). Each page covers the locations its groups' page covered; a group deleted
 * between the two calls is left out, and its stored member list goes by the deletion rules.
 */
export async function* listGroupMembers(
  client: compute_v1.Compute,
  ctx: ComputeContext,
): AsyncGenerator<ListPage<InstanceGroupMembers>> {
  for await (const page of instanceGroupResource.list(client, ctx)) {
    const items: InstanceGroupMembers[] = [];
    for (const group of page.items) {
      const zone = lastSegment(group.zone);
      if (!zone || !group.name) continue;
      const found = await members(client, ctx, zone, group.name);
      if (found !== 'gone') items.push(membership(group, found));
    }
    yield { ...page, items };
  }
}

/** A stored member list again: the group (404 proves it gone), then its members. */
export async function getGroupMembers(
  client: compute_v1.Compute,
  ctx: ComputeContext,
  at: { location: string; name: string },
): Promise<InstanceGroupMembers | 'gone'> {
  const path = `projects/${ctx.scope}/zones/${at.location}/instanceGroups/${at.name}`;
  const group = await getOrGone(
    ctx.api,
    { method: 'instanceGroups.get', kind: 'compute#instanceGroup', path },
    () =>
      client.instanceGroups.get({ project: ctx.scope, zone: at.location, instanceGroup: at.name }, noRetry),
  );
  if (group === 'gone') return 'gone';
  const found = await members(client, ctx, at.location, at.name);
  return found === 'gone' ? 'gone' : membership(group, found);
}
