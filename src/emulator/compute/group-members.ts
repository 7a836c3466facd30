import type { compute_v1 } from '@googleapis/compute';
import { parseStored, type ProjectState, type StoredResource } from '../estate.js';
import { notFound } from '../google-errors.js';
import { encodeToken, pageOffset, pageSize, type ListParams } from './list-page.js';
import { computeBase, zoneUrl } from './urls.js';

/** How many instances of its zone each generated unmanaged group holds. */
const MEMBERS_PER_GROUP = 2;

/**
 * Puts the first instances of each zone (by name) into that zone's unmanaged groups and sets their `size`,
 * so load balancers over hand-built groups have backends; draws nothing from any PRNG.
 */
export function assignUnmanagedMembers(project: ProjectState): void {
  for (const zone of project.zones) {
    const scope = `zones/${zone}`;
    const names = project.collections.instances
      .inScope(scope)
      .map((r) => r.name)
      .sort()
      .slice(0, MEMBERS_PER_GROUP);
    for (const group of project.collections.instanceGroups.inScope(scope)) {
      const object = parseStored<compute_v1.Schema$InstanceGroup>(group);
      project.groupMembers.set(`${scope}/${group.name}`, names);
      project.putObject('instanceGroups', { ...object, size: names.length });
    }
  }
}

/**
 * `POST instanceGroups.listInstances` of a zonal group: an unmanaged group's members that still exist, or the
 * instances a managed group's manager created (their `created-by` metadata names it, by project number), as `InstanceWithNamedPorts`
 * pages; 404 naming the group when it does not exist.
 */
export function listGroupInstances(
  project: ProjectState,
  zone: string,
  name: string,
  params: ListParams,
): Buffer {
  const scope = `zones/${zone}`;
  const relative = `projects/${project.id}/${scope}/instanceGroups/${name}`;
  const group = project.collections.instanceGroups.get(scope, name);
  if (!group) throw notFound(relative);
  const members = membersOf(project, zone, parseStored<compute_v1.Schema$InstanceGroup>(group));
  const size = pageSize(params.maxResults);
  const offset = pageOffset(params);
  const next = offset + size < members.length ? encodeToken(offset + size) : undefined;
  return Buffer.from(
    JSON.stringify({
      kind: 'compute#instanceGroupsListInstances',
      id: `${relative}/listInstances`,
      items: members.slice(offset, offset + size),
      ...(next !== undefined && { nextPageToken: next }),
      selfLink: `${computeBase}/${relative}/listInstances`,
    }),
  );
}

/** Every zonal group's member list, as Hotpot stores it (the ground truth of `instanceGroupMembers`). */
export function groupMemberLists(project: ProjectState): GroupMemberList[] {
  return project.zones.flatMap((zone) =>
    project.collections.instanceGroups.inScope(`zones/${zone}`).map((stored) => {
      const group = parseStored<compute_v1.Schema$InstanceGroup>(stored);
      const { id, name, selfLink, creationTimestamp } = group;
      return {
        id,
        name,
        zone: group.zone,
        selfLink,
        creationTimestamp,
        instances: membersOf(project, zone, group),
      };
    }),
  );
}

/** A zonal group's member list: the group's identity and its `listInstances` items. */
export interface GroupMemberList {
  id?: string | null;
  name?: string | null;
  zone?: string | null;
  selfLink?: string | null;
  creationTimestamp?: string | null;
  instances: compute_v1.Schema$InstanceWithNamedPorts[];
}

function membersOf(
  project: ProjectState,
  zone: string,
  group: compute_v1.Schema$InstanceGroup,
): compute_v1.Schema$InstanceWithNamedPorts[] {
  const scope = `zones/${zone}`;
  const name = group.name ?? '';
  const groupUrl = group.selfLink;
  const managers = new Set(
    project.collections.instanceGroupManagers
      .inScope(scope)
      .map((m) => parseStored<compute_v1.Schema$InstanceGroupManager>(m))
      .filter((m) => m.instanceGroup === groupUrl)
      .map((m) => `${scope}/instanceGroupManagers/${m.name ?? ''}`),
  );
  const listed = new Set(project.groupMembers.get(`${scope}/${name}`) ?? []);
  const members = project.collections.instances
    .derived(scope, 'group-member-facts', (resources) => resources.map((r) => memberFacts(scope, r)))
    .filter((i) => listed.has(i.name) || (i.manager !== undefined && managers.has(i.manager)))
    .sort((a, b) => a.name.localeCompare(b.name));
  return members.map((i) => ({
    instance: `${zoneUrl(project.id, zone)}/instances/${i.name ?? ''}`,
    status: i.status,
    namedPorts: group.namedPorts ?? [],
  }));
}

/** What group membership needs of an instance: its name, status and the manager its `created-by` names. */
function memberFacts(scope: string, stored: StoredResource) {
  const i = parseStored<compute_v1.Schema$Instance>(stored);
  const createdBy = i.metadata?.items?.find((m) => m.key === 'created-by')?.value;
  return {
    name: i.name ?? '',
    status: i.status,
    manager: createdBy?.slice(createdBy.indexOf(`${scope}/`)),
  };
}
