import { estate, inContext } from '../in-context.js';
import type { Scenario } from '../scenario.js';

/** Workers whose wall clocks are 5 minutes behind (and, at full scale, ahead); syncs alternate between them with mutations between. */
export const clockSkew: Scenario = {
  name: 'clock-skew',
  title: 'a worker clock 5 min off',
  run: (lab, scale) =>
    inContext(
      lab,
      {
        name: 'clock-skew',
        estate: estate('clock-skew', 2, { instances: scale === 'small' ? 30 : 200 }),
      },
      async (ctx) => {
        const offsets = scale === 'small' ? [0, -5] : [0, -5, 5];
        await Promise.all(offsets.map((m) => ctx.workers.start({ clockOffsetMs: m * 60_000 })));
        ctx.faults += offsets.filter((m) => m !== 0).length;
        const rounds = scale === 'small' ? 1 : 6;
        await ctx.syncAll();
        for (let r = 0; r < rounds; r++) {
          await ctx.truth.mutate({ round: { percent: 10 } });
          await ctx.syncAll();
        }
        return { faultEndedAt: Date.now() };
      },
    ),
};
