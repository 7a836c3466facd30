import { estate, inContext, sleep } from '../in-context.js';
import type { Scenario } from '../scenario.js';

/** A rolling restart mid-run: new workers start, the old ones get SIGTERM while they hold sessions. */
export const workerUpgrade: Scenario = {
  name: 'worker-upgrade',
  title: 'worker upgrade mid-run (rolling SIGTERM restart, same build)',
  run: (lab, scale) =>
    inContext(
      lab,
      {
        name: 'worker-upgrade',
        estate: estate('worker-upgrade', 2, { instances: scale === 'small' ? 30 : 200 }),
      },
      async (ctx) => {
        await ctx.startWorkers(2);
        await ctx.pace(250);
        let faultEndedAt = Date.now();
        const rounds = scale === 'small' ? 1 : 3;
        for (let r = 0; r < rounds; r++) {
          if (r > 0) await ctx.truth.mutate({ round: { percent: 5 } });
          const syncs = ctx.syncAll();
          for (const old of [...ctx.workers.alive]) {
            await sleep(ctx.prng.int(500, 1500));
            await ctx.workers.start();
            await ctx.workers.terminate(old);
            ctx.faults++;
          }
          faultEndedAt = Date.now();
          await syncs;
        }
        ctx.notes.push('same build restarted; a new workflow bundle is replay-tested elsewhere');
        return { faultEndedAt };
      },
    ),
};
