import type { GoogleApiError } from '../google-errors.js';
import type { ProjectServices, serviceApis } from './service-objects.js';

/** A routed call of a service beyond Compute: its project, service, method (for counts and faults) and answer. */
export interface ServiceCall {
  project: string;
  api: (typeof serviceApis)[keyof typeof serviceApis];
  method: string;
  /** IAM permission the method needs (named in a permission fault). */
  permission: string;
  /** True for list methods (a pageToken makes a paged call for faults). */
  list: boolean;
  serve(s: ProjectServices, params: URLSearchParams, missingZones: readonly string[]): object;
  /** The answer when the call names no project of the estate (a bucket no project holds, a missing parameter). */
  orphan?: GoogleApiError;
}

/** A routed call for a project of the estate. */
export function call(
  project: string,
  api: ServiceCall['api'],
  method: string,
  permission: string,
  list: boolean,
  serve: ServiceCall['serve'],
): ServiceCall {
  return { project, api, method, permission, list, serve };
}

/** A call that is answered with `error` whatever the estate holds. */
export function invalidCall(api: ServiceCall['api'], method: string, error: GoogleApiError): ServiceCall {
  return { ...call('_', api, method, '', false, () => ({})), orphan: error };
}
