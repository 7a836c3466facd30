import type { ResourceDefinition } from '../provider/resource.js';
import { providers } from '../worker/provider-registry.js';

/** Every declared resource of every registered provider, in registry order: the order the CLI and console list kinds. */
export const queryResources: readonly ResourceDefinition[] = providers.flatMap(
  (p) => p.resources as readonly ResourceDefinition[],
);
