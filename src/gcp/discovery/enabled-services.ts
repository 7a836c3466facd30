import { ApplicationFailure } from '@temporalio/common';
import { GcpFailureType } from '../failure-types.js';
import { gcpServices } from '../services/kinds.js';
import type { DiscoveryApi } from './walk.js';

/** The services beyond Compute a project has enabled and disabled, by short name (`gke`, `sql`, …). */
export interface EnabledServices {
  enabled: string[];
  disabled: string[];
}

/**
 * Asks Service Usage (`services:batchGet`, one call for every service) which of the services beyond Compute a
 * project has enabled. When Service Usage refuses to describe the project (403), every service counts as enabled:
 * its own sync then says what is wrong, rather than a refusal silently hiding it.
 */
export async function enabledServices(api: DiscoveryApi, projectId: string): Promise<EnabledServices> {
  const parent = `projects/${projectId}`;
  let states: Map<string, string | null | undefined>;
  try {
    const body = await api.caller.call(`services.batchGet ${parent}`, () =>
      api.client.usage.services.batchGet({
        parent,
        names: gcpServices.map((s) => `${parent}/services/${s.api}`),
      }),
    );
    states = new Map(
      (body.services ?? []).map((s) => [s.config?.name ?? s.name?.split('/').pop() ?? '', s.state]),
    );
  } catch (err) {
    if (err instanceof ApplicationFailure && err.type === GcpFailureType.PermissionDenied)
      return { enabled: gcpServices.map((s) => s.name), disabled: [] };
    throw err;
  }
  const out: EnabledServices = { enabled: [], disabled: [] };
  for (const s of gcpServices) (states.get(s.api) === 'ENABLED' ? out.enabled : out.disabled).push(s.name);
  return out;
}
