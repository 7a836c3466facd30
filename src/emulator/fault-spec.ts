import { reservedKeys } from './project-edits.js';

/** The failure modes the emulator can inject (documented with their parameters in docs/emulator.md). */
export const faultKinds = [
  'permissionDenied',
  'rateLimitExceeded',
  'tooManyRequests',
  'internalError',
  'unavailable',
  'latency',
  'connectionReset',
  'truncatedBody',
  'malformedJson',
  'unreachableZone',
  'emptyObject',
  'emptyListing',
  'wrongKind',
  'scopeWarning',
  'badItem',
  'shiftBetweenPages',
] as const;

/** One failure mode: an error answer, a broken body, a lying but well-formed answer, or a listing that shifts. */
export type FaultKind = (typeof faultKinds)[number];

/** How `badItem` corrupts its item. */
export const badItemVariants = ['nulByte', 'wrongType', 'missingId', 'huge'] as const;

/** The warning codes Compute documents for a scope of an aggregatedList (`Warnings.code` in protos.json). */
export const warningCodes = [
  'CLEANUP_FAILED',
  'DEPRECATED_RESOURCE_USED',
  'DEPRECATED_TYPE_USED',
  'DISK_SIZE_LARGER_THAN_IMAGE_SIZE',
  'EXPERIMENTAL_TYPE_USED',
  'EXTERNAL_API_WARNING',
  'FIELD_VALUE_OVERRIDEN',
  'INJECTED_KERNELS_DEPRECATED',
  'INVALID_HEALTH_CHECK_FOR_DYNAMIC_WIEGHTED_LB',
  'LARGE_DEPLOYMENT_WARNING',
  'LIST_OVERHEAD_QUOTA_EXCEED',
  'MISSING_TYPE_DEPENDENCY',
  'NEXT_HOP_ADDRESS_NOT_ASSIGNED',
  'NEXT_HOP_CANNOT_IP_FORWARD',
  'NEXT_HOP_INSTANCE_HAS_NO_IPV6_INTERFACE',
  'NEXT_HOP_INSTANCE_NOT_FOUND',
  'NEXT_HOP_INSTANCE_NOT_ON_NETWORK',
  'NEXT_HOP_NOT_RUNNING',
  'NOT_CRITICAL_ERROR',
  'NO_RESULTS_ON_PAGE',
  'PARTIAL_SUCCESS',
  'QUOTA_INFO_UNAVAILABLE',
  'REQUIRED_TOS_AGREEMENT',
  'RESOURCE_IN_USE_BY_OTHER_RESOURCE_WARNING',
  'RESOURCE_NOT_DELETED',
  'SCHEMA_VALIDATION_IGNORED',
  'SINGLE_INSTANCE_PROPERTY_TEMPLATE',
  'UNDECLARED_PROPERTIES',
  'UNREACHABLE',
] as const;

/**
 * A fault to inject. It applies to calls of `project` (default every project) × `method` (e.g.
 * `instances.aggregatedList`, `instances.*`, default `*`). It fires on the next `count` matching calls,
 * or with `probability` on each (deterministic dice), or on every call when neither is given.
 */
export interface FaultSpec {
  kind: FaultKind;
  project?: string;
  method?: string;
  probability?: number;
  count?: number;
  /** For `latency`: the added delay. */
  latencyMs?: number;
  /** For `tooManyRequests`: the Retry-After header value (default 1). */
  retryAfterSeconds?: number;
  /** For `unreachableZone` and `scopeWarning`: the zone (or `regions/<region>` scope) affected. */
  zone?: string;
  /** For `wrongKind`: the `kind` served instead (default another type's kind of the same shape). */
  servedKind?: string;
  /** For `scopeWarning`: the warning code (default `UNREACHABLE`; not `NO_RESULTS_ON_PAGE`). */
  warningCode?: (typeof warningCodes)[number];
  /** For `badItem`: how the item is corrupted (default `nulByte`). */
  variant?: (typeof badItemVariants)[number];
  /** For `badItem`: the item to corrupt (default the first item of the page); for `shiftBetweenPages`: the resource to delete. */
  name?: string;
  /** For `badItem` `nulByte`/`wrongType`: the top-level field to corrupt (default `description` / `creationTimestamp`). */
  field?: string;
  /** For `badItem` `huge`: the size of the added value in bytes (default 10 MiB). */
  sizeBytes?: number;
  /** For `shiftBetweenPages`: also create a resource in the part already served (default false). */
  create?: boolean;
  /** For `shiftBetweenPages`: do not delete, only create (with `create`). */
  keep?: boolean;
}

/** A fault specification the injector cannot use; the control API answers 400. */
export class FaultSpecError extends Error {}

/** Throws FaultSpecError naming the first problem of a spec. */
export function checkFaultSpec(spec: FaultSpec): void {
  if (spec === null || typeof spec !== 'object') throw new FaultSpecError('A fault spec must be an object');
  if (!faultKinds.includes(spec.kind))
    throw new FaultSpecError(
      `Unknown fault kind '${String(spec.kind)}'; expected one of ${faultKinds.join(', ')}`,
    );
  if ((spec.kind === 'unreachableZone' || spec.kind === 'scopeWarning') && !spec.zone)
    throw new FaultSpecError(`A ${spec.kind} fault needs a zone`);
  if (spec.warningCode !== undefined && !warningCodes.includes(spec.warningCode))
    throw new FaultSpecError(`Unknown warningCode '${String(spec.warningCode)}'`);
  if (spec.kind === 'scopeWarning' && spec.warningCode === 'NO_RESULTS_ON_PAGE')
    throw new FaultSpecError('A scopeWarning fault needs a warning other than NO_RESULTS_ON_PAGE');
  if (spec.variant !== undefined && !badItemVariants.includes(spec.variant))
    throw new FaultSpecError(
      `Unknown badItem variant '${String(spec.variant)}'; expected one of ${badItemVariants.join(', ')}`,
    );
  if (spec.field !== undefined && (typeof spec.field !== 'string' || reservedKeys.has(spec.field)))
    throw new FaultSpecError(`field '${String(spec.field)}' cannot be corrupted`);
  if (spec.sizeBytes !== undefined && !(Number.isInteger(spec.sizeBytes) && spec.sizeBytes > 0))
    throw new FaultSpecError('sizeBytes must be a positive integer');
  if (spec.kind === 'shiftBetweenPages' && spec.keep && !spec.create)
    throw new FaultSpecError('A shiftBetweenPages fault with keep needs create');
  if (spec.count !== undefined && !(Number.isInteger(spec.count) && spec.count >= 0))
    throw new FaultSpecError('count must be a non-negative integer');
  if (spec.probability !== undefined && !(spec.probability >= 0 && spec.probability <= 1))
    throw new FaultSpecError('probability must be between 0 and 1');
}
