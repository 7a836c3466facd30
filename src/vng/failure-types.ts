/** Stable failure types for VNG Cloud API errors as they cross Temporal; pure, so workflows can import it. */
export const VngFailureType = {
  Unauthenticated: 'VngUnauthenticated',
  PermissionDenied: 'VngPermissionDenied',
  NotFound: 'VngNotFound',
  BadRequest: 'VngBadRequest',
  RateLimited: 'VngRateLimited',
  Unavailable: 'VngUnavailable',
  MalformedResponse: 'VngMalformedResponse',
  BadScope: 'VngBadScope',
} as const;

/** Failure types that retrying cannot fix (thrown non-retryable, so the scope stops at once). */
export const permanentVngFailures: string[] = [
  VngFailureType.Unauthenticated,
  VngFailureType.PermissionDenied,
  VngFailureType.NotFound,
  VngFailureType.BadRequest,
  VngFailureType.BadScope,
];
