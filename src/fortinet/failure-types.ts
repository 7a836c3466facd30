/** Stable failure types for FortiOS API errors as they cross Temporal; pure, so workflows can import it. */
export const FortinetFailureType = {
  Unauthenticated: 'FortinetUnauthenticated',
  PermissionDenied: 'FortinetPermissionDenied',
  NotFound: 'FortinetNotFound',
  FailedDependency: 'FortinetFailedDependency',
  BadRequest: 'FortinetBadRequest',
  RateLimited: 'FortinetRateLimited',
  Unavailable: 'FortinetUnavailable',
  MalformedResponse: 'FortinetMalformedResponse',
  BadScope: 'FortinetBadScope',
} as const;

/** Failure types that retrying cannot fix (thrown non-retryable, so the scope stops at once). */
export const permanentFortinetFailures: string[] = [
  FortinetFailureType.Unauthenticated,
  FortinetFailureType.PermissionDenied,
  FortinetFailureType.NotFound,
  FortinetFailureType.FailedDependency,
  FortinetFailureType.BadRequest,
  FortinetFailureType.BadScope,
];
