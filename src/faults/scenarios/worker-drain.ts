import { readFileSync } from 'node:fs';
import { estate, inContext, sleep } from '../in-context.js';
import type { Scenario } from '../scenario.js';
import type { WorkerProcess } from '../worker-pool.js';

const DRAIN_TIMEOUT_MS = 15_000;

/** SIGTERM to a worker holding sessions mid-sync, no replacement: it drains within the bound and exits 0; the other worker finishes the run. */
export const workerDrain: Scenario = {
  name: 'worker-drain',
  title: 'SIGTERM drain mid-sync, the other worker finishes',
  run: (lab, scale) =>
    inContext(
      lab,
      {
        name: 'worker-drain',
        estate: estate('worker-drain', scale === 'small' ? 2 : 4, {
          instances: scale === 'small' ? 30 : 200,
        }),
        workerEnv: { HOTPOT_DRAIN_TIMEOUT_MS: String(DRAIN_TIMEOUT_MS) },
      },
      async (ctx) => {
        const problems: string[] = [];
        const workers = await Promise.all([ctx.workers.start(), ctx.workers.start()]);
        await ctx.pace(250);
        const syncs = ctx.syncAll();
        const victim = await sessionHolder(workers, 20_000);
        if (victim === undefined) throw new Error('no worker held a session within 20 s');
        const begin = performance.now();
        victim.child.kill('SIGTERM');
        await victim.exited;
        const drainMs = Math.round(performance.now() - begin);
        ctx.faults++;
        const faultEndedAt = Date.now();
        if (victim.child.exitCode !== 0)
          problems.push(`the drained worker exited ${victim.child.exitCode ?? victim.child.signalCode}`);
        if (drainMs > DRAIN_TIMEOUT_MS)
          problems.push(`drain took ${drainMs} ms, over the ${DRAIN_TIMEOUT_MS} ms bound`);
        const log = readFileSync(victim.logFile, 'utf8');
        if (!/hotpot worker drained in \d+ ms/.test(log))
          problems.push('the worker did not report its drain');
        const outcomes = await syncs;
        for (const o of outcomes)
          if (o.status !== 'ok') problems.push(`${o.workflowId} ended ${o.status}: ${o.error ?? ''}`);
        ctx.notes.push(
          `drained in ${drainMs} ms (bound ${DRAIN_TIMEOUT_MS} ms); ${ctx.failedRuns} failed runs`,
        );
        return { faultEndedAt, problems };
      },
    ),
};

async function sessionHolder(
  workers: WorkerProcess[],
  timeoutMs: number,
): Promise<WorkerProcess | undefined> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const holder = workers.find((w) => readFileSync(w.logFile, 'utf8').includes('Session started'));
    if (holder) return holder;
    await sleep(100);
  }
  return undefined;
}
