import type { ProjectResult } from './types.js';

/** How one service beyond Compute went for a project: its result, skipped (disabled), or failed. */
export type ServiceOutcome =
  | { service: string; result: ProjectResult }
  | { service: string; skipped: true }
  | { service: string; failed: { type: string; message: string } };

/**
 * A project's result with its services folded in: their kinds' counts beside Compute's, disabled services listed
 * as skipped (not a failure), a failed service listed with its error and making an ok project `partial`.
 */
export function withServices(compute: ProjectResult, services: readonly ServiceOutcome[]): ProjectResult {
  const merged: ProjectResult = { ...compute, resources: { ...compute.resources } };
  const skipped: string[] = [];
  const failed: NonNullable<ProjectResult['failedServices']> = [];
  let partial = false;
  for (const o of services) {
    if ('skipped' in o) skipped.push(o.service);
    else if ('failed' in o) failed.push({ service: o.service, ...o.failed });
    else {
      Object.assign(merged.resources, o.result.resources);
      if (o.result.status !== 'ok') partial = true;
    }
  }
  if (skipped.length) merged.skippedServices = skipped.sort();
  if (failed.length) merged.failedServices = failed;
  if (merged.status === 'ok' && (partial || failed.length)) merged.status = 'partial';
  return merged;
}
