import { compute_v1 } from '@googleapis/compute';

/**
 * A ready `@googleapis/compute` client for an emulator at `url`: rootUrl points at it, and no auth is
 * passed, so googleapis-common sends plain unauthenticated requests (no credential lookup). Retries
 * are off so callers see each fault; pass `{ retry: true }` to get gaxios' default retry policy back.
 */
export function emulatorComputeClient(
  url: string,
  options: Partial<compute_v1.Options> = {},
): compute_v1.Compute {
  return new compute_v1.Compute({ rootUrl: `${url.replace(/\/+$/, '')}/`, retry: false, ...options });
}
