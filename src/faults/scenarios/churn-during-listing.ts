import { estate, inContext, sleep } from '../in-context.js';
import type { Scenario } from '../scenario.js';

/**
 * Mutation rounds applied while a paged listing runs: deletions shift later items onto pages already read, as
 * Google's offset-free page tokens do not (a resource can be skipped by the listing while it still exists).
 */
export const churnDuringListing: Scenario = {
  name: 'churn-during-listing',
  title: 'resources deleted and created while a paged listing runs',
  run: (lab, scale) =>
    inContext(
      lab,
      {
        name: 'churn-during-listing',
        estate: estate('churn-during-listing', 2, { instances: scale === 'small' ? 40 : 200 }),
      },
      async (ctx) => {
        await ctx.startWorkers(1);
        await ctx.syncAll();
        await ctx.pace(250);
        const cycles = scale === 'small' ? 1 : 3;
        const percent = scale === 'small' ? 10 : 3;
        const gapMs = scale === 'small' ? [300, 900] : [1000, 3000];
        for (let c = 0; c < cycles; c++) {
          let done = false;
          const syncs = ctx.syncAll().then(() => (done = true));
          while (!done) {
            await sleep(ctx.prng.int(gapMs[0]!, gapMs[1]!));
            if (done) break;
            await ctx.truth.mutate({ round: { percent } });
            ctx.faults++;
          }
          await syncs;
        }
        await ctx.clearFaults();
        return { faultEndedAt: Date.now() };
      },
    ),
};
