import { estate, inContext } from '../in-context.js';
import type { Scenario } from '../scenario.js';

/** Truncated bodies and invalid JSON on listings, with deletions in the estate between syncs. */
export const malformedBodies: Scenario = {
  name: 'malformed-bodies',
  title: 'truncated and malformed response bodies',
  run: (lab, scale) =>
    inContext(
      lab,
      {
        name: 'malformed-bodies',
        estate: estate('malformed-bodies', 2, { instances: scale === 'small' ? 30 : 200 }),
      },
      async (ctx) => {
        await ctx.startWorkers(scale === 'small' ? 1 : 2);
        await ctx.syncAll();
        await ctx.setFault({ kind: 'truncatedBody', probability: 0.25 });
        await ctx.setFault({ kind: 'malformedJson', probability: 0.15 });
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
