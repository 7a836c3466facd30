import { estate, inContext } from '../in-context.js';
import type { Scenario } from '../scenario.js';

/** Resources created, changed, deleted and recreated between syncs (10 % per round). */
export const churnBetweenSyncs: Scenario = {
  name: 'churn-between-syncs',
  title: 'resources deleted and created between syncs',
  run: (lab, scale) =>
    inContext(
      lab,
      {
        name: 'churn-between-syncs',
        estate: estate('churn-between-syncs', 2, { instances: scale === 'small' ? 30 : 200 }),
      },
      async (ctx) => {
        await ctx.startWorkers(1);
        await ctx.syncAll();
        const rounds = scale === 'small' ? 1 : 10;
        for (let r = 0; r < rounds; r++) {
          await ctx.truth.mutate({ round: { percent: 10 } });
          ctx.faults++;
          await ctx.syncAll();
        }
        return { faultEndedAt: Date.now() };
      },
    ),
};
