/** When a run may delete what its listing no longer shows. */
export interface DeletionPolicy {
  /** A run may delete at most this share of a scope's rows… (default 0.5) */
  maxShare: number;
  /** …once it would delete more than this many rows (default 20). */
  minRows: number;
  /** An operator's explicit permission to exceed the guard for this run. */
  allowMass: boolean;
}

/** The default guard: refuse to delete more than half of a scope once more than 20 rows would go. */
export const defaultDeletionPolicy: DeletionPolicy = { maxShare: 0.5, minRows: 20, allowMass: false };

/** Why a run must not delete `count` of a scope's `size` rows, or undefined when the guard allows it. */
export function massDeletionRefusal(policy: DeletionPolicy, count: number, size: number): string | undefined {
  if (policy.allowMass || count <= policy.minRows || count <= policy.maxShare * size) return undefined;
  return (
    `mass deletion refused: ${count} of ${size} rows would be deleted (guard: more than ` +
    `${Math.round(policy.maxShare * 100)} % and more than ${policy.minRows}); nothing was deleted. ` +
    `If they are really gone, re-run with --allow-mass-deletion`
  );
}
