import { estate, inContext, sleep } from '../in-context.js';
import type { Scenario } from '../scenario.js';

/** InstanceWorkflow and ComputeWorkflow on one project at once, with a mutation round while both list. */
export const concurrentWorkflows: Scenario = {
  name: 'concurrent-workflows',
  title: 'concurrent InstanceWorkflow + ComputeWorkflow on one project',
  run: (lab, scale) =>
    inContext(
      lab,
      {
        name: 'concurrent-workflows',
        estate: estate('concurrent-workflows', 1, { instances: scale === 'small' ? 40 : 300 }),
      },
      async (ctx) => {
        await ctx.startWorkers(scale === 'small' ? 1 : 2);
        await ctx.pace(150);
        const project = ctx.projects[0]!;
        const rounds = scale === 'small' ? 1 : 6;
        for (let r = 0; r < rounds; r++) {
          const handles = await Promise.all([
            ctx.start(project, 'ComputeWorkflow'),
            ctx.start(project, 'InstanceWorkflow'),
          ]);
          await sleep(ctx.prng.int(200, 1200));
          await ctx.truth.mutate({ round: { percent: 10 } });
          ctx.faults++;
          await Promise.all(handles.map((h) => ctx.outcome(h)));
        }
        await ctx.clearFaults();
        return { faultEndedAt: Date.now() };
      },
    ),
};
