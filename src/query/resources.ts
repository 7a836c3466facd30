import { computeResources } from '../gcp/compute/registry.js';
import { serviceResources } from '../gcp/services/registry.js';
import type { ResourceDefinition } from '../provider/resource.js';
import { s1Resources } from '../s1/registry.js';

/** Every declared resource of every provider, in the order the CLI and console list kinds. */
export const queryResources: readonly ResourceDefinition[] = [
  ...(computeResources as readonly ResourceDefinition[]),
  ...(serviceResources as readonly ResourceDefinition[]),
  ...(s1Resources as readonly ResourceDefinition[]),
];
