import type { RequestCounts, RunningEmulator } from '../emulator/index.js';
import { emulatorComputeClient } from '../emulator/index.js';
import { childListings, computeKinds, kindsOfScope } from '../gcp/compute/kinds.js';
import { listRaw } from './list-raw.js';

/** The list method(s) of each kind: method → plural (`instances.aggregatedList` → `instances`). */
export type ListMethods = ReadonlyMap<string, string>;

/** A list-call check of one kind: calls summed over projects against Σ max(1, ⌈n/500⌉) per project. */
export interface TypeListCheck {
  type: string;
  method: string;
  expected: number;
  actual: number;
  /** Projects whose calls differ from their own ⌈n/500⌉. */
  projectsOff: number;
}

/**
 * Lists every kind of one project with its declaration and records which methods each kind's listing calls (a
 * method belongs to the first kind that calls it: a child listing's re-list of its parent stays the parent's).
 */
export async function listMethodsOf(endpoint: string, project: string): Promise<ListMethods> {
  const compute = emulatorComputeClient(endpoint);
  const methods = new Map<string, string>();
  for (const { plural } of computeKinds) {
    for await (const _ of listRaw(compute, project, plural, (m) => {
      if (!methods.has(m)) methods.set(m, plural);
    }));
  }
  return methods;
}

const collectionOf = (method: string) => {
  const c = method.split('.', 1)[0] ?? method;
  return /^region[A-Z]/.test(c) ? `${c.charAt(6).toLowerCase()}${c.slice(7)}` : c;
};

/**
 * Calls per kind over all projects: list methods by the map, other methods (deletion checks' gets) by their
 * collection (`regionDisks.get` → disks); what matches no kind counts under `other`.
 */
export function callsByType(counts: RequestCounts, methods: ListMethods): Record<string, number> {
  const byCollection = new Map([...methods].map(([m, plural]) => [collectionOf(m), plural]));
  const out: Record<string, number> = {};
  for (const perMethod of Object.values(counts))
    for (const [method, n] of Object.entries(perMethod)) {
      const type = methods.get(method) ?? byCollection.get(collectionOf(method)) ?? 'other';
      out[type] = (out[type] ?? 0) + n;
    }
  return out;
}

/** Objects per project per kind, from the emulator's ground truth. */
export async function truthCounts(
  emulator: RunningEmulator,
  projects: readonly string[],
): Promise<Record<string, Record<string, number>>> {
  const out: Record<string, Record<string, number>> = {};
  for (const project of projects) {
    const { resources } = await emulator.control.groundTruth(project);
    out[project] = Object.fromEntries(computeKinds.map((k) => [k.plural, resources[k.plural].length]));
  }
  return out;
}

/**
 * The list calls a project's sync of `plural` (n objects) must make: max(1, ⌈n/500⌉); a child listing's parent twice
 * as many, the child one call per parent object (each under 500 children); a kind of organizations and folders
 * (hierarchical firewall policies) none in a project.
 */
export function minimumListCalls(project: string, plural: string, n: number): number {
  if (!(kindsOfScope(project) as readonly string[]).includes(plural)) return 0;
  if (plural in childListings) return n;
  const child = Object.values(childListings).some((c) => c.parent === plural);
  return Math.max(1, Math.ceil(n / 500)) * (child ? 2 : 1);
}

/** Per project, the list calls its whole sync must make (`minimumListCalls` over its kinds). */
export function minimumCallsPerProject(
  truth: Record<string, Record<string, number>>,
): Record<string, Record<string, number>> {
  return Object.fromEntries(
    Object.entries(truth).map(([project, counts]) => [
      project,
      { minimum: Object.entries(counts).reduce((sum, [p, n]) => sum + minimumListCalls(project, p, n), 0) },
    ]),
  );
}

/** Checks a sync's list calls per kind per project against `minimumListCalls`. */
export function listCallChecks(
  calls: RequestCounts,
  truth: Record<string, Record<string, number>>,
  methods: ListMethods,
): TypeListCheck[] {
  return computeKinds.map(({ plural }) => {
    const own = [...methods].filter(([, p]) => p === plural).map(([m]) => m);
    let expected = 0;
    let actual = 0;
    let projectsOff = 0;
    for (const [project, counts] of Object.entries(truth)) {
      const want = minimumListCalls(project, plural, counts[plural] ?? 0);
      const got = own.reduce((n, m) => n + (calls[project]?.[m] ?? 0), 0);
      expected += want;
      actual += got;
      if (got !== want) projectsOff++;
    }
    return { type: plural, method: own.join('+') || '(none seen)', expected, actual, projectsOff };
  });
}
