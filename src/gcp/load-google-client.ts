import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);
const loaded = new Map<string, unknown>();

/**
 * A `@googleapis/*` client module, required on first use: each carries megabytes of generated code that an
 * idle worker (or one that never runs discovery) does not need to hold.
 */
export function loadGoogleClient<T>(
  name:
    | '@googleapis/compute'
    | '@googleapis/cloudresourcemanager'
    | '@googleapis/serviceusage'
    | '@googleapis/container'
    | '@googleapis/sqladmin'
    | '@googleapis/storage'
    | '@googleapis/iam'
    | '@googleapis/run',
): T {
  if (!loaded.has(name)) loaded.set(name, load(name));
  return loaded.get(name) as T;
}
