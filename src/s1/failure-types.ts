/** Stable failure types for SentinelOne API errors as they cross Temporal; pure, so workflows can import it. */
export const S1FailureType = {
  Unauthenticated: 'S1Unauthenticated',
  PermissionDenied: 'S1PermissionDenied',
  NotFound: 'S1NotFound',
  BadRequest: 'S1BadRequest',
  RateLimited: 'S1RateLimited',
  Unavailable: 'S1Unavailable',
  MalformedResponse: 'S1MalformedResponse',
} as const;

/** Failure types that retrying cannot fix (thrown non-retryable, so the console stops at once). */
export const permanentS1Failures: string[] = [
  S1FailureType.Unauthenticated,
  S1FailureType.PermissionDenied,
  S1FailureType.NotFound,
  S1FailureType.BadRequest,
];
