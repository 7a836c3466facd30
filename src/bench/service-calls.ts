import type { RequestCounts, RunningEmulator } from '../emulator/index.js';
import { minimumCalls, serviceListCalls } from '../gcp/services/list-calls.js';
import type { ListMethods, TypeListCheck } from './calls-by-type.js';

/** The services' list and per-parent methods, each under the kind whose objects it returns. */
export const serviceListMethods: ListMethods = new Map(serviceListCalls.map((c) => [c.method, c.kind]));

/** The services' ground truth of each project: objects by kind plural. */
export async function serviceTruthOf(
  emulator: RunningEmulator,
  projects: readonly string[],
): Promise<Record<string, Record<string, unknown[]>>> {
  const out: Record<string, Record<string, unknown[]>> = {};
  for (const project of projects) out[project] = await emulator.control.serviceTruth(project);
  return out;
}

/**
 * Checks a sync's calls per services method per project against the fewest its listing allows at `pageSize`
 * (⌈n/page⌉ per listing, one per parent for per-parent calls, see `serviceListCalls`): one line per method.
 */
export function serviceListCallChecks(
  calls: RequestCounts,
  truth: Record<string, Record<string, readonly unknown[]>>,
  pageSize: number,
): TypeListCheck[] {
  return serviceListCalls.map((call) => {
    let expected = 0;
    let actual = 0;
    let projectsOff = 0;
    for (const [project, objects] of Object.entries(truth)) {
      const want = minimumCalls(call, objects, pageSize);
      const got = calls[project]?.[call.method] ?? 0;
      expected += want;
      actual += got;
      if (got !== want) projectsOff++;
    }
    return { type: call.kind, method: call.method, expected, actual, projectsOff };
  });
}
