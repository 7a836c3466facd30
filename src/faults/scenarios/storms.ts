import { estate, inContext } from '../in-context.js';
import type { Scenario } from '../scenario.js';

/** 30 % 403 rateLimitExceeded, 429 + Retry-After, 10 % 5xx, resets and latency on every call, over two syncs. */
export const storms: Scenario = {
  name: 'storms',
  title: 'storms: 30% 403 rateLimitExceeded, 429+Retry-After, 10% 5xx, resets, latency',
  run: (lab, scale) =>
    inContext(
      lab,
      {
        name: 'storms',
        estate: estate('storms', scale === 'small' ? 1 : 4, { instances: scale === 'small' ? 15 : 200 }),
      },
      async (ctx) => {
        await ctx.startWorkers(scale === 'small' ? 1 : 2);
        await ctx.setFault({ kind: 'rateLimitExceeded', probability: 0.3 });
        await ctx.setFault({ kind: 'tooManyRequests', probability: 0.05, retryAfterSeconds: 1 });
        await ctx.setFault({ kind: 'internalError', probability: 0.05 });
        await ctx.setFault({ kind: 'unavailable', probability: 0.05 });
        await ctx.setFault({ kind: 'connectionReset', probability: 0.03 });
        await ctx.setFault({ kind: 'latency', probability: 0.2, latencyMs: 300 });
        const rounds = scale === 'small' ? 1 : 3;
        await ctx.syncAll();
        for (let r = 0; r < rounds; r++) {
          await ctx.truth.mutate({ round: { percent: 5 } });
          await ctx.syncAll();
        }
        await ctx.clearFaults();
        return { faultEndedAt: Date.now() };
      },
    ),
};
