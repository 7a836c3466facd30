import { estate, inContext, sleep } from '../in-context.js';
import type { Scenario } from '../scenario.js';

/** `pg_ctl restart -m fast` of the store's cluster while syncs write (every connection is cut). */
export const postgresRestart: Scenario = {
  name: 'postgres-restart',
  title: 'PostgreSQL restart mid-run',
  exclusive: true,
  run: (lab, scale) =>
    inContext(
      lab,
      {
        name: 'postgres-restart',
        estate: estate('postgres-restart', 2, { instances: scale === 'small' ? 30 : 200 }),
      },
      async (ctx) => {
        await ctx.startWorkers(scale === 'small' ? 1 : 2);
        await ctx.pace(200);
        let faultEndedAt = Date.now();
        const rounds = scale === 'small' ? 1 : 3;
        for (let r = 0; r < rounds; r++) {
          if (r > 0) await ctx.truth.mutate({ round: { percent: 5 } });
          const syncs = ctx.syncAll();
          await sleep(ctx.prng.int(800, 2000));
          await lab.pg.restart();
          ctx.faults++;
          faultEndedAt = Date.now();
          await syncs;
        }
        return { faultEndedAt };
      },
    ),
};
