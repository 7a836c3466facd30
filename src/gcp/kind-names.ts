import { computeKinds } from './compute/kinds.js';
import { serviceKinds } from './services/kinds.js';

/** The stored resource kinds (`gcp.compute.instance`, …) of Google plurals, workflow-safe; unknown plurals are dropped. */
export function gcpKindNames(plurals: readonly string[]): string[] {
  return [...computeKinds, ...serviceKinds].filter((k) => plurals.includes(k.plural)).map((k) => k.kind);
}
