import { GoogleApiError } from '../google-errors.js';

/** 404 as the newer APIs (GKE, IAM) answer it: status NOT_FOUND, the message naming the resource. */
export function notFoundNamed(message: string): GoogleApiError {
  return new GoogleApiError(404, 'NOT_FOUND', 'notFound', message);
}

/** Cloud SQL's 404 for an instance that does not exist (reason `instanceDoesNotExist`). */
export function sqlInstanceMissing(): GoogleApiError {
  return new GoogleApiError(404, '', 'instanceDoesNotExist', 'The Cloud SQL instance does not exist.');
}

/** Cloud Storage's 404 for a bucket that does not exist. */
export function bucketMissing(): GoogleApiError {
  return new GoogleApiError(404, '', 'notFound', 'The specified bucket does not exist.');
}

/** 403 `accessNotConfigured`: the service is disabled in the project (Service Usage), as Google answers. */
export function serviceDisabled(api: string, projectNumber: string): GoogleApiError {
  return new GoogleApiError(
    403,
    'PERMISSION_DENIED',
    'accessNotConfigured',
    `${api.split('.')[0]} API has not been used in project ${projectNumber} before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/${api}/overview?project=${projectNumber} then retry.`,
    'usageLimits',
  );
}

/** 403 for a caller without the permission a service method needs. */
export function serviceDenied(permission: string, resource: string): GoogleApiError {
  return new GoogleApiError(
    403,
    'PERMISSION_DENIED',
    'forbidden',
    `Permission '${permission}' denied on resource '${resource}' (or it may not exist).`,
  );
}
