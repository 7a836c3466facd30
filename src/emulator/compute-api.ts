import { GoogleApiError, invalidArgument, notFound, permissionDenied, unavailable } from './google-errors.js';
import { aggregatedPage, listPage, type ListParams } from './list-page.js';
import { allResourceTypes, resourceTypes, type ResourceType } from './resource-types.js';
import type { EmulatorState } from './emulator-state.js';

/** A Compute call the router recognised. */
export interface ComputeCall {
  project: string;
  type: ResourceType;
  verb: 'aggregatedList' | 'list' | 'get';
  /** `zones/<z>`, `regions/<r>` or `global`; absent for aggregatedList. */
  scope?: string;
  name?: string;
  /** Counted and matched by faults, e.g. `instances.aggregatedList`. */
  method: string;
}

/** Parses `/compute/v1/projects/{project}/…` into a call, or undefined for paths the API does not have. */
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
    method: `${type}.${verb}`,
    ...(scope ? { scope } : {}),
    ...(name ? { name } : {}),
  });
  if (rest[0] === 'aggregated' && rest.length === 2) {
    const type = typeFor(rest[1], (s) => s.aggregated);
    return type && call(type, 'aggregatedList');
  }
  if ((rest[0] === 'zones' || rest[0] === 'regions') && rest[1] && (rest.length === 3 || rest.length === 4)) {
    const type = typeFor(rest[2], (s) => s.scope === (rest[0] === 'zones' ? 'zone' : 'region'));
    return type && call(type, rest[3] ? 'get' : 'list', `${rest[0]}/${rest[1]}`, rest[3]);
  }
  if (rest[0] === 'global' && (rest.length === 2 || rest.length === 3)) {
    const type = typeFor(rest[1], (s) => s.scope === 'global');
    return type && call(type, rest[2] ? 'get' : 'list', 'global', rest[2]);
  }
  return undefined;
}

function typeFor(
  path: string | undefined,
  ok: (spec: (typeof resourceTypes)[ResourceType]) => boolean,
): ResourceType | undefined {
  return allResourceTypes.find((t) => resourceTypes[t].path === path && ok(resourceTypes[t]));
}

/** Serves a routed call from the current estate: the JSON body, or the Google error to send. */
export function serveCompute(
  state: EmulatorState,
  call: ComputeCall,
  query: URLSearchParams,
  unreachable: ReadonlySet<string>,
): Buffer | GoogleApiError {
  const project = state.estate.project(call.project);
  if (!project) return notFound(`projects/${call.project}`);
  const permission = `compute.${call.type}.${call.verb === 'get' ? 'get' : 'list'}`;
  if (project.forbidden) return permissionDenied(permission, call.project);
  const params: ListParams = {
    maxResults: query.get('maxResults'),
    pageToken: query.get('pageToken'),
    filter: query.get('filter'),
    returnPartialSuccess: query.get('returnPartialSuccess') === 'true',
  };
  try {
    if (call.verb === 'aggregatedList') {
      if (unreachable.size && !params.returnPartialSuccess)
        return unavailable(
          `Zone ${[...unreachable].join(', ')} is unreachable; retry or set returnPartialSuccess.`,
        );
      return aggregatedPage(project, call.type, params, unreachable);
    }
    const scope = call.scope ?? 'global';
    if (scope !== 'global' && !project.collections[call.type].scopeKeys().includes(scope)) {
      return invalidArgument(
        `Invalid value for field '${scope.split('/')[0] === 'zones' ? 'zone' : 'region'}': '${scope.split('/')[1] ?? ''}'. Unknown ${scope.startsWith('zones') ? 'zone' : 'region'}.`,
      );
    }
    if (unreachable.has(scope)) return unavailable(`Zone ${scope} is unreachable; retry later.`);
    if (call.verb === 'list') return listPage(project, call.type, scope, params);
    const found = project.collections[call.type].get(scope, call.name ?? '');
    return found
      ? found.json
      : notFound(`projects/${call.project}/${scope}/${resourceTypes[call.type].path}/${call.name ?? ''}`);
  } catch (err) {
    if (err instanceof GoogleApiError) return err;
    throw err;
  }
}
