import { estate, inContext, sleep } from '../in-context.js';
import type { Scenario } from '../scenario.js';

/** Two workers; one is SIGKILLed at random points of two syncs (a mutation round between) and replaced. */
export const workerKill: Scenario = {
  name: 'worker-kill',
  title: 'worker SIGKILL at random points, 2 workers',
  run: (lab, scale) =>
    inContext(
      lab,
      {
        name: 'worker-kill',
        estate: estate('worker-kill', scale === 'small' ? 2 : 4, { instances: scale === 'small' ? 20 : 200 }),
      },
      async (ctx) => {
        const kills = scale === 'small' ? 2 : 5;
        await ctx.startWorkers(2);
        await ctx.pace(250);
        let done = false;
        const syncs = (async () => {
          await ctx.syncAll();
          await ctx.truth.mutate({ round: { percent: 5 } });
          await ctx.syncAll();
          done = true;
        })();
        let faultEndedAt = Date.now();
        let killed = 0;
        while (killed < kills && !done) {
          await sleep(ctx.prng.int(500, 2500));
          if (done) break;
          const victim = ctx.prng.pick(ctx.workers.alive);
          await ctx.workers.kill(victim);
          killed++;
          ctx.faults++;
          faultEndedAt = Date.now();
          await ctx.workers.start();
        }
        await syncs;
        ctx.notes.push(`${killed} of ${kills} kills landed before the syncs ended`);
        return { faultEndedAt };
      },
    ),
};
