/** Stable failure types for Google API errors as they cross Temporal; pure, so workflows can import it. */
export const GcpFailureType = {
  PermissionDenied: 'GcpPermissionDenied',
  ProjectNotFound: 'GcpProjectNotFound',
  ApiDisabled: 'GcpApiDisabled',
  Unauthenticated: 'GcpUnauthenticated',
  BadRequest: 'GcpBadRequest',
  MalformedResource: 'GcpMalformedResource',
  RateLimited: 'GcpRateLimited',
  Unavailable: 'GcpUnavailable',
  MalformedResponse: 'GcpMalformedResponse',
  InvalidProjectId: 'GcpInvalidProjectId',
} as const;

/** Failure types that retrying cannot fix: the project stops at once. */
export const permanentGcpFailures: string[] = [
  GcpFailureType.PermissionDenied,
  GcpFailureType.ProjectNotFound,
  GcpFailureType.ApiDisabled,
  GcpFailureType.Unauthenticated,
  GcpFailureType.BadRequest,
  GcpFailureType.MalformedResource,
  GcpFailureType.InvalidProjectId,
];
