import type { EmulatorState } from '../emulator-state.js';
import type { ProjectState } from '../estate.js';
import type { ActiveFault } from '../faults.js';
import {
  GoogleApiError,
  invalidArgument,
  notFound,
  permissionDenied,
  unavailable,
} from '../google-errors.js';
import { listGroupInstances } from './group-members.js';
import { aggregatedPage, listPage, type ListParams } from './list-page.js';
import { pageShape, shapeItem } from './page-faults.js';
import { shiftBeforePage } from './page-shift.js';
import {
  allResourceTypes,
  isSingleton,
  regionalCollectionOf,
  resourceTypes,
  type ResourceType,
} from './resource-types.js';

/** A Compute call the router recognised. */
export interface ComputeCall {
  project: string;
  type: ResourceType;
  verb: 'aggregatedList' | 'list' | 'get' | 'listInstances';
  /** `zones/<z>`, `regions/<r>` or `global`; absent for aggregatedList. */
  scope?: string;
  name?: string;
  /** Counted and matched by faults, e.g. `instances.aggregatedList`, `regionDisks.get`. */
  method: string;
}

/**
 * Parses `/compute/v1/projects/{project}/…` into a call, or undefined for paths the API does not have;
 * `…/zones/{z}/instanceGroups/{g}/listInstances` is the one POST (a listing with a request body).
 */
export function routeCompute(pathname: string): ComputeCall | undefined {
  const parts = pathname.split('/').slice(1).map(decodeURIComponent);
  if (parts[0] !== 'compute' || parts[1] !== 'v1' || parts[2] !== 'projects' || !parts[3]) return undefined;
  const project = parts[3];
  const rest = parts.slice(4);
  const call = (
    type: ResourceType,
    verb: ComputeCall['verb'],
    scope?: string,
    name?: string,
  ): ComputeCall => ({
    project,
    type,
    verb,
    method: `${(scope?.startsWith('regions/') && regionalCollectionOf(type)) || type}.${verb}`,
    ...(scope ? { scope } : {}),
    ...(name ? { name } : {}),
  });
  if (rest.length === 0) return call('projects', 'get', 'global', project);
  if (rest[0] === 'zones' && rest[2] === 'instanceGroups' && rest[4] === 'listInstances' && rest.length === 5)
    return call('instanceGroups', 'listInstances', `zones/${rest[1]}`, rest[3]);
  if (rest[0] === 'aggregated' && rest.length === 2) {
    const type = typeFor(rest[1], (s) => s.aggregated);
    return type && call(type, 'aggregatedList');
  }
  if ((rest[0] === 'zones' || rest[0] === 'regions') && rest[1] && (rest.length === 3 || rest.length === 4)) {
    const type =
      typeFor(rest[2], (s) => s.scope === (rest[0] === 'zones' ? 'zone' : 'region')) ??
      (rest[0] === 'regions' ? typeFor(rest[2], (s) => 'regionalCollection' in s) : undefined);
    return type && call(type, rest[3] ? 'get' : 'list', `${rest[0]}/${rest[1]}`, rest[3]);
  }
  if (rest[0] === 'global' && (rest.length === 2 || rest.length === 3)) {
    const type = typeFor(rest[1], (s) => s.scope === 'global' || 'alsoGlobal' in s);
    return type && call(type, rest[2] ? 'get' : 'list', 'global', rest[2]);
  }
  return undefined;
}

function typeFor(
  path: string | undefined,
  ok: (spec: (typeof resourceTypes)[ResourceType]) => boolean,
): ResourceType | undefined {
  return allResourceTypes.find(
    (t) => !isSingleton(t) && resourceTypes[t].path === path && ok(resourceTypes[t]),
  );
}

/**
 * Parses `/compute/v1/locations/global/firewallPolicies` (list, `parentId` in the query) and `…/{name}` (get)
 * into a call on the node holding the hierarchical policies; `nodeOf` finds a policy's node by name.
 */
export function routeFirewallPolicies(
  pathname: string,
  query: URLSearchParams,
  nodeOf: (name: string) => string | undefined,
): ComputeCall | undefined {
  const parts = pathname.split('/').slice(1).map(decodeURIComponent);
  if (parts.slice(0, 5).join('/') !== 'compute/v1/locations/global/firewallPolicies') return undefined;
  if (parts.length === 5)
    return {
      project: query.get('parentId') ?? '',
      type: 'firewallPolicies',
      verb: 'list',
      scope: 'global',
      method: 'firewallPolicies.list',
    };
  if (parts.length !== 6 || !parts[5]) return undefined;
  return {
    project: nodeOf(parts[5]) ?? '',
    type: 'firewallPolicies',
    verb: 'get',
    scope: 'global',
    name: parts[5],
    method: 'firewallPolicies.get',
  };
}

/**
 * Serves a routed call from the current estate: the JSON body, or the Google error to send. `shaping` are
 * the fired faults that reshape a well-formed answer (see page-faults.ts, page-shift.ts).
 */
export function serveCompute(
  state: EmulatorState,
  call: ComputeCall,
  query: URLSearchParams,
  unreachable: ReadonlySet<string>,
  shaping: readonly ActiveFault[] = [],
): Buffer | GoogleApiError {
  const project = state.estate.project(call.project) ?? state.estate.node(call.project);
  if (!project) {
    if (call.type !== 'firewallPolicies') return notFound(`projects/${call.project}`);
    return call.verb === 'get'
      ? notFound(`locations/global/firewallPolicies/${call.name ?? ''}`)
      : invalidArgument(`Invalid value for field 'parentId': '${call.project}'.`);
  }
  const permission = `compute.${call.type}.${call.verb === 'get' ? 'get' : 'list'}`;
  if (project.forbidden) return permissionDenied(permission, call.project);
  const params: ListParams = {
    maxResults: query.get('maxResults'),
    pageToken: query.get('pageToken'),
    filter: query.get('filter'),
    returnPartialSuccess: query.get('returnPartialSuccess') === 'true',
  };
  const shape = pageShape(
    shaping,
    call.project,
    call.method,
    call.type,
    call.verb === 'listInstances' ? 'list' : call.verb,
  );
  const shift = (scope: string | undefined) => {
    for (const fault of shaping)
      if (fault.kind === 'shiftBetweenPages')
        shiftBeforePage(fault, project, call.type, scope, params, unreachable, call.method);
  };
  try {
    if (call.verb === 'aggregatedList') {
      if (unreachable.size && !params.returnPartialSuccess)
        return unavailable(
          `Zone ${[...unreachable].join(', ')} is unreachable; retry or set returnPartialSuccess.`,
        );
      shift(undefined);
      return aggregatedPage(project, call.type, params, unreachable, shape);
    }
    const scope = call.scope ?? 'global';
    if (scope !== 'global' && !knownScope(project, call.type, scope)) {
      return invalidArgument(
        `Invalid value for field '${scope.split('/')[0] === 'zones' ? 'zone' : 'region'}': '${scope.split('/')[1] ?? ''}'. Unknown ${scope.startsWith('zones') ? 'zone' : 'region'}.`,
      );
    }
    if (unreachable.has(scope)) return unavailable(`Zone ${scope} is unreachable; retry later.`);
    if (call.verb === 'listInstances')
      return listGroupInstances(project, scope.slice('zones/'.length), call.name ?? '', params);
    if (call.verb === 'list') {
      shift(scope);
      return listPage(project, call.type, scope, params, shape);
    }
    const found = project.collections[call.type].get(scope, call.name ?? '');
    if (found) return shapeItem(found, shape);
    if (isSingleton(call.type)) return notFound(`projects/${call.project}`);
    if (call.type === 'firewallPolicies')
      return notFound(`locations/global/firewallPolicies/${call.name ?? ''}`);
    return notFound(`projects/${call.project}/${scope}/${resourceTypes[call.type].path}/${call.name ?? ''}`);
  } catch (err) {
    if (err instanceof GoogleApiError) return err;
    throw err;
  }
}

/** A scope a list or get may name: one of the type's scopes, or any project region for regional disks. */
function knownScope(project: ProjectState, type: ResourceType, scope: string): boolean {
  if (project.collections[type].scopeKeys().includes(scope)) return true;
  return (
    scope.startsWith('regions/') &&
    regionalCollectionOf(type) !== undefined &&
    project.regions.includes(scope.slice('regions/'.length))
  );
}
