/**
 * Payload fields renamed when the unit a provider syncs became `scope` (it was `projectId`): activities scheduled
 * by a worker of the previous release carry only the old names, so activities read them through these (and
 * workflows send both names, for workers of the previous release; drop the old ones a release later).
 */

/** The input with `scope` set, from the old `projectId` when only that is present. */
export function withScope<T extends { scope: string; projectId?: string }>(input: T): T {
  return input.scope === undefined && input.projectId !== undefined
    ? { ...input, scope: input.projectId }
    : input;
}

/** The run start with `scopeCount` set, from the old `projectCount` when only that is present. */
export function withScopeCount<T extends { scopeCount: number; projectCount?: number }>(run: T): T {
  return run.scopeCount === undefined && run.projectCount !== undefined
    ? { ...run, scopeCount: run.projectCount }
    : run;
}
