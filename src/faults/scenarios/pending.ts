import { faultKinds, type FaultSpec } from '../../emulator/index.js';
import { estate, inContext } from '../in-context.js';
import type { Scenario } from '../scenario.js';

/** A scenario that needs an emulator fault kind; it reports itself unavailable until the emulator has it. */
function needsFault(
  name: string,
  title: string,
  faults: Record<string, unknown>[],
  kind: string = String(faults[0]?.kind),
): Scenario {
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
        { name, estate: estate(name, 2, { instances: scale === 'small' ? 30 : 200 }) },
        async (ctx) => {
          await ctx.startWorkers(1);
          await ctx.syncAll();
          for (const fault of faults) await ctx.setFault(fault as unknown as FaultSpec);
          const rounds = scale === 'small' ? 1 : 4;
          for (let r = 0; r < rounds; r++) {
            await ctx.truth.mutate({ round: { percent: 10 } });
            await ctx.syncAll();
          }
          await ctx.clearFaults();
          return { faultEndedAt: Date.now() };
        },
      ),
  };
}

const listings = 'instances.aggregatedList';

/** Scenarios that wait for emulator fault kinds being added by another branch. */
export const pendingScenarios: Scenario[] = [
  needsFault('lying-empty-object', 'lying endpoint: 200 {} for a listing', [
    { kind: 'emptyObject', method: listings, probability: 0.5 },
  ]),
  needsFault('lying-empty-listing', 'lying endpoint: a well-formed empty listing', [
    { kind: 'emptyListing', method: listings, probability: 0.5 },
  ]),
  needsFault('wrong-kind', 'a listing of the wrong kind', [
    { kind: 'wrongKind', method: listings, probability: 0.5 },
  ]),
  needsFault('scope-warning', 'a scope warning in a listing', [
    { kind: 'scopeWarning', method: listings, probability: 0.5 },
  ]),
  needsFault(
    'bad-item',
    'one bad item (NUL byte, wrong type, missing id, huge)',
    ['nulByte', 'wrongType', 'missingId', 'huge'].map((variant) => ({
      kind: 'badItem',
      variant,
      method: listings,
      count: 1,
    })),
  ),
  needsFault('shift-between-pages', 'items shifted between pages of one listing', [
    { kind: 'shiftBetweenPages', method: listings, probability: 0.5 },
  ]),
];
