import type { compute_v1 } from '@googleapis/compute';
import { mapLimited } from '../../../provider/map-limited.js';
import type { ListPage } from '../../../provider/resource.js';
import { getOrGone } from '../../get-or-gone.js';
import { resourceManagerOf } from '../../resource-manager-link.js';
import { checkEnvelope } from '../../services/listing-envelope.js';
import { noRetry } from '../collection.js';
import type { ComputeContext } from '../compute-resource.js';
import { lastSegment } from '../identity.js';
import { childListings } from '../kinds.js';
import { instanceResource } from '../instance/resource.js';
import type { InstanceTagBindings, TagBinding } from './convert.js';

/** Google's cap on `tagBindings.list` pages. */
const MAX_PAGE = 300;

/** Tag bindings of a zonal resource are served by its zone's endpoint, not the global one. */
export function zoneEndpoint(zone: string): string {
  return `https://${zone}-cloudresourcemanager.googleapis.com/`;
}

/** The full resource name Resource Manager knows an instance by. */
export function instanceParent(project: string, zone: string, id: string): string {
  return `//compute.googleapis.com/projects/${project}/zones/${zone}/instances/${id}`;
}

/** Every binding on one instance, paged (one call per 300 bindings; an endpoint set in the client wins). */
async function bindingsOf(
  client: compute_v1.Compute,
  ctx: ComputeContext,
  zone: string,
  id: string,
): Promise<TagBinding[]> {
  const rm = resourceManagerOf(client);
  const parent = instanceParent(ctx.scope, zone, id);
  const what = `tagBindings.list ${parent}`;
  const found: TagBinding[] = [];
  let pageToken: string | undefined;
  do {
    const params = { parent, pageSize: Math.min(ctx.pageSize, MAX_PAGE), pageToken };
    const body = await ctx.api.call(
      what,
      () => rm.tagBindings.list(params, { ...noRetry, rootUrl: zoneEndpoint(zone) }),
      (b) => checkEnvelope(b, { field: 'tagBindings' }, what),
    );
    found.push(...(body.tagBindings ?? []));
    pageToken = body.nextPageToken ?? undefined;
  } while (pageToken);
  return found;
}

/** The instance again: Resource Manager answers 403 for a resource that does not exist, Compute a 404. */
async function instanceOf(
  client: compute_v1.Compute,
  ctx: ComputeContext,
  zone: string,
  name: string,
): Promise<compute_v1.Schema$Instance | 'gone'> {
  const path = `projects/${ctx.scope}/zones/${zone}/instances/${name}`;
  return getOrGone(ctx.api, { method: 'instances.get', kind: 'compute#instance', path }, () =>
    client.instances.get({ project: ctx.scope, zone, instance: name }, noRetry),
  );
}

/** The bindings of an instance, or 'gone' when a failed listing is explained by the instance's 404. */
async function bindingsOrGone(
  client: compute_v1.Compute,
  ctx: ComputeContext,
  instance: compute_v1.Schema$Instance,
): Promise<InstanceTagBindings | 'gone'> {
  const zone = lastSegment(instance.zone) ?? '';
  try {
    return tagged(instance, await bindingsOf(client, ctx, zone, instance.id ?? ''));
  } catch (err) {
    if ((await instanceOf(client, ctx, zone, instance.name ?? '')) === 'gone') return 'gone';
    throw err;
  }
}

function tagged(instance: compute_v1.Schema$Instance, bindings: TagBinding[]): InstanceTagBindings {
  const { id, name, zone, selfLink, creationTimestamp } = instance;
  return { id, name, zone, selfLink, creationTimestamp, bindings };
}

/**
 * A child listing: the instances' aggregatedList, then `tagBindings.list` of each instance at its zone's endpoint —
 * the API lists bindings per resource only, so this costs one call per instance (`childListings`' `inFlight` at once,
 * paced by the scope's token bucket like every call). Every instance is listed: a rule with secure tags may come from
 * a policy of another scope (a folder's, the organization's), so skipping any is not provably safe. An instance deleted between the calls is left out; its stored row goes by the deletion rules.
 */
export async function* listInstanceTagBindings(
  client: compute_v1.Compute,
  ctx: ComputeContext,
): AsyncGenerator<ListPage<InstanceTagBindings>> {
  for await (const page of instanceResource.list(client, ctx)) {
    const listable = page.items.filter((i) => i.id && i.name && lastSegment(i.zone));
    const found = await mapLimited(listable, childListings.instanceTagBindings.inFlight, (i) =>
      bindingsOrGone(client, ctx, i),
    );
    yield { ...page, items: found.filter((f): f is InstanceTagBindings => f !== 'gone') };
  }
}

/** A stored instance's bindings again: the instance (404 proves it gone), then its bindings. */
export async function getInstanceTagBindings(
  client: compute_v1.Compute,
  ctx: ComputeContext,
  at: { location: string; name: string },
): Promise<InstanceTagBindings | 'gone'> {
  const instance = await instanceOf(client, ctx, at.location, at.name);
  if (instance === 'gone') return 'gone';
  return bindingsOrGone(client, ctx, instance);
}
