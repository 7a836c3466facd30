/**
 * A Google API error as Compute returns it; the server renders it as `{error:{code,message,errors,status}}`
 * (`status` left out when empty, as Compute does for a missing resource).
 */
export class GoogleApiError extends Error {
  constructor(
    readonly code: number,
    readonly status: string,
    readonly reason: string,
    message: string,
    readonly domain = 'global',
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  /** The JSON body Google sends with this error. */
  body(): string {
    const { code, message, status, domain, reason } = this;
    const errors = [{ message, domain, reason }];
    return JSON.stringify({ error: status ? { code, message, errors, status } : { code, message, errors } });
  }
}

/** 400 for a malformed request field. */
export function invalidArgument(message: string): GoogleApiError {
  return new GoogleApiError(400, 'INVALID_ARGUMENT', 'invalid', message);
}

/** 404 for a resource (or project) that does not exist, named by its relative path; Compute's body has no `status`. */
export function notFound(resource: string): GoogleApiError {
  return new GoogleApiError(404, '', 'notFound', `The resource '${resource}' was not found`);
}

/** 403 for a caller without the permission a method needs. */
export function permissionDenied(permission: string, project: string): GoogleApiError {
  return new GoogleApiError(
    403,
    'PERMISSION_DENIED',
    'forbidden',
    `Required '${permission}' permission for 'projects/${project}'`,
  );
}

/** 403 `rateLimitExceeded` (domain `usageLimits`): how Compute signals an exhausted per-minute quota. */
export function rateLimitExceeded(project: string): GoogleApiError {
  return new GoogleApiError(
    403,
    'PERMISSION_DENIED',
    'rateLimitExceeded',
    `Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute' of service 'compute.googleapis.com' for consumer 'project_number:${project}'.`,
    'usageLimits',
  );
}

/** 429 with Retry-After, as newer Google APIs throttle. */
export function tooManyRequests(retryAfterSeconds: number): GoogleApiError {
  return new GoogleApiError(
    429,
    'RESOURCE_EXHAUSTED',
    'rateLimitExceeded',
    'Too many requests; retry later.',
    'usageLimits',
    { 'retry-after': String(retryAfterSeconds) },
  );
}

/** 500 backend failure. */
export function internalError(): GoogleApiError {
  return new GoogleApiError(
    500,
    'INTERNAL',
    'backendError',
    'Internal error. Please try again or contact Google Support.',
  );
}

/** 503 service unavailable; also what an unreachable zone yields without returnPartialSuccess. */
export function unavailable(message = 'The service is currently unavailable.'): GoogleApiError {
  return new GoogleApiError(503, 'UNAVAILABLE', 'backendError', message);
}
