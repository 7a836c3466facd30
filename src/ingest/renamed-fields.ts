/**
 * Payload fields renamed when the unit a provider syncs became `scope` (it was `projectId`): activities scheduled
 * by a worker of the previous release still carry the old names, so activities read them through these.
 */

/** The input with `scope` set, from the old `projectId` when only that is present. */
export function withScope<T extends { scope: string }>(input: T): T {
  const old = (input as { projectId?: unknown }).projectId;
  return input.scope === undefined && typeof old === 'string' ? { ...input, scope: old } : input;
}

/** The run start with `scopeCount` set, from the old `projectCount` when only that is present. */
export function withScopeCount<T extends { scopeCount: number }>(run: T): T {
  const old = (run as { projectCount?: unknown }).projectCount;
  return run.scopeCount === undefined && typeof old === 'number' ? { ...run, scopeCount: old } : run;
}
