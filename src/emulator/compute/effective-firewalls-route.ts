import type { compute_v1 } from '@googleapis/compute';
import { effectiveFirewalls, instanceEffectiveFirewalls } from './effective-firewalls.js';
import type { EmulatorState } from '../emulator-state.js';
import { notFound, type GoogleApiError } from '../google-errors.js';
import { computeBase } from './urls.js';

/**
 * Serves `projects/p/zones/z/instances/i/getEffectiveFirewalls?networkInterface=nic0` and
 * `projects/p/global/networks/n/getEffectiveFirewalls` (counted as `instances.getEffectiveFirewalls` /
 * `networks.getEffectiveFirewalls`); undefined for any other path.
 */
export function serveEffectiveFirewalls(
  state: EmulatorState,
  url: URL,
): compute_v1.Schema$InstancesGetEffectiveFirewallsResponse | GoogleApiError | undefined {
  const parts = url.pathname.split('/').slice(1).map(decodeURIComponent);
  if (parts.slice(0, 3).join('/') !== 'compute/v1/projects' || parts.at(-1) !== 'getEffectiveFirewalls')
    return undefined;
  const [project = '', where, location, collection, name = ''] = parts.slice(3);
  const estate = state.estate;
  if (!estate.project(project)) return notFound(`projects/${project}`);
  if (parts.length === 9 && where === 'zones' && collection === 'instances' && location) {
    state.count(project, 'instances.getEffectiveFirewalls');
    const nic = url.searchParams.get('networkInterface') ?? 'nic0';
    return instanceEffectiveFirewalls(estate, project, location, name, nic);
  }
  if (parts.length === 8 && where === 'global' && location === 'networks' && collection) {
    state.count(project, 'networks.getEffectiveFirewalls');
    if (!estate.project(project)?.collections.networks.get('global', collection))
      return notFound(`projects/${project}/global/networks/${collection}`);
    return effectiveFirewalls(
      estate,
      `${computeBase}/projects/${project}/global/networks/${collection}`,
      null,
      null,
    );
  }
  return undefined;
}
