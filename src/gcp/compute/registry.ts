import type { ComputeResource } from './compute-resource.js';
import { diskResource } from './disk/resource.js';
import { instanceResource } from './instance/resource.js';
import { networkResource } from './network/resource.js';

/** Every Compute Engine resource Hotpot ingests: adding one is a folder, a migration and a line here. */
export const computeResources = [
  instanceResource,
  diskResource,
  networkResource,
] as const satisfies readonly ComputeResource<unknown>[];
