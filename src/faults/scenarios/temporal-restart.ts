import { estate, inContext, sleep } from '../in-context.js';
import type { Scenario } from '../scenario.js';

/** The Temporal dev server (SQLite file kept) stopped and started again while syncs run. */
export const temporalRestart: Scenario = {
  name: 'temporal-restart',
  title: 'Temporal dev server restart mid-run (persistent db file)',
  exclusive: true,
  run: (lab, scale) =>
    inContext(
      lab,
      {
        name: 'temporal-restart',
        estate: estate('temporal-restart', 2, { instances: scale === 'small' ? 30 : 200 }),
      },
      async (ctx) => {
        await ctx.startWorkers(scale === 'small' ? 1 : 2);
        await ctx.pace(200);
        let faultEndedAt = Date.now();
        const rounds = scale === 'small' ? 1 : 2;
        for (let r = 0; r < rounds; r++) {
          if (r > 0) await ctx.truth.mutate({ round: { percent: 5 } });
          const handles = await Promise.all(ctx.projects.map((p) => ctx.start(p)));
          await sleep(ctx.prng.int(800, 2000));
          await lab.temporal.restart(1000);
          ctx.faults++;
          faultEndedAt = Date.now();
          await Promise.all(handles.map((h) => ctx.outcome(h)));
        }
        return { faultEndedAt };
      },
    ),
};
