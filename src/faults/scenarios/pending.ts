import { faultKinds, type FaultSpec } from '../../emulator/index.js';
import { estate, inContext } from '../in-context.js';
import type { Scenario } from '../scenario.js';

/** The faults of a scenario, given the zones of its first project. */
type FaultsOf = (zones: string[]) => Record<string, unknown>[];

/**
 * A scenario of lying or shifting listings that needs an emulator fault kind: unavailable until the emulator
 * has it. After each sync the ground truth is observed again, since some of these faults change the estate.
 */
function needsFault(name: string, title: string, kind: string, faults: FaultsOf): Scenario {
  return {
    name,
    title,
    unavailable: () =>
      (faultKinds as readonly string[]).includes(kind)
        ? undefined
        : `the emulator has no '${kind}' fault kind yet`,
    run: (lab, scale) =>
      inContext(
        lab,
        {
          name,
          estate: estate(name, scale === 'small' ? 1 : 2, { instances: scale === 'small' ? 20 : 200 }),
        },
        async (ctx) => {
          await ctx.startWorkers(1);
          await ctx.syncAll();
          const zones = ctx.truth.latest.get(ctx.projects[0]!)?.zones ?? [];
          for (const fault of faults(zones)) await ctx.setFault(fault as unknown as FaultSpec);
          const rounds = scale === 'small' ? 1 : 4;
          for (let r = 0; r < rounds; r++) {
            await ctx.truth.mutate({ round: { percent: 10 } });
            const since = Date.now();
            await ctx.syncAll();
            await ctx.truth.observe(since);
          }
          await ctx.clearFaults();
          return { faultEndedAt: Date.now() };
        },
      ),
  };
}

const method = 'instances.aggregatedList';

/** Scenarios that wait for emulator fault kinds being added by another branch. */
export const pendingScenarios: Scenario[] = [
  needsFault('lying-empty-object', 'lying endpoint: 200 {} for a listing', 'emptyObject', () => [
    { kind: 'emptyObject', method, probability: 0.5 },
  ]),
  needsFault('lying-empty-listing', 'lying endpoint: a well-formed empty listing', 'emptyListing', () => [
    { kind: 'emptyListing', method, probability: 0.5 },
  ]),
  needsFault('wrong-kind', 'a listing of the wrong kind', 'wrongKind', () => [
    { kind: 'wrongKind', method, probability: 0.5 },
  ]),
  needsFault('scope-warning', 'a scope warning (UNREACHABLE) in a listing', 'scopeWarning', (zones) =>
    zones.slice(0, 1).map((zone) => ({ kind: 'scopeWarning', method, zone, probability: 0.5 })),
  ),
  needsFault('bad-item', 'one bad item (NUL byte, wrong type, missing id, huge)', 'badItem', () =>
    ['nulByte', 'wrongType', 'missingId', 'huge'].map((variant) => ({
      kind: 'badItem',
      variant,
      method,
      count: 1,
    })),
  ),
  needsFault('shift-between-pages', 'items shifted between pages of one listing', 'shiftBetweenPages', () => [
    { kind: 'shiftBetweenPages', method, count: 2, create: true },
  ]),
];
