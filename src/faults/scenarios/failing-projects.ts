import { WorkflowFailedError } from '@temporalio/client';
import type { InventoryResult } from '../../ingest/workflows/types.js';
import { inContext } from '../in-context.js';
import type { Scenario } from '../scenario.js';

/**
 * One GCPInventoryWorkflow over thousands of projects (full scale: HOTPOT_FAULTS_FAILING_PROJECTS, default 5,000) that all answer 403 permission denied: every project must
 * fail alone (the run ends `failed` with each one listed), and projects synced before keep every row.
 */
export const failingProjects: Scenario = {
  name: 'failing-projects',
  title: '5,000 failing projects in one inventory run',
  run: (lab, scale) => {
    const n = scale === 'small' ? 10 : Number(process.env.HOTPOT_FAULTS_FAILING_PROJECTS ?? 5000);
    const projects = Array.from({ length: n }, (_, i) => `failing-projects-${i + 1}`);
    return inContext(
      lab,
      {
        name: 'failing-projects',
        estate: { seed: 'failing', projects, zones: 1, instances: 3, disks: 1, networks: 1 },
        tracked: projects.slice(0, 3),
        workerEnv: { HOTPOT_GCP_PROJECTS: projects.join(',') },
      },
      async (ctx) => {
        await ctx.startWorkers(scale === 'small' ? 1 : 2);
        await ctx.syncAll();
        await ctx.setFault({ kind: 'permissionDenied', project: '*' });
        const client = await lab.temporal.client();
        ctx.runs++;
        const handle = await client.workflow.start('GCPInventoryWorkflow', {
          taskQueue: ctx.taskQueue,
          workflowId: `gcp-inventory/faults-${Date.now()}`,
          args: [{ projectSource: 'config', concurrency: scale === 'small' ? 20 : 100 }],
        });
        const problems: string[] = [];
        try {
          const result = (await handle.result()) as InventoryResult;
          if (result.totals.failed !== n)
            problems.push(`${result.totals.failed} of ${n} projects failed, expected all`);
          const denied = result.failuresByType.GcpPermissionDenied ?? 0;
          if (denied !== n) problems.push(`${denied} of ${n} projects failed with GcpPermissionDenied`);
        } catch (err) {
          if (!(err instanceof WorkflowFailedError)) throw err;
          ctx.failedRuns++;
          problems.push(`the inventory run itself failed: ${err.cause?.message ?? err.message}`);
        }
        await ctx.clearFaults();
        ctx.notes.push(`${n} projects, every one denied; ${ctx.projects.length} synced before and checked`);
        return { faultEndedAt: Date.now(), problems };
      },
    );
  },
};
