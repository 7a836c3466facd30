import type { GroundTruth } from '../../emulator/control-client.js';
import type { MutationResult } from '../../emulator/emulator-state.js';
import { ingestEnv, type IngestEnv } from '../../test-support/ingest-env.js';
import { startConsole, type RunningConsole } from '../console-server.js';

/** An estate synced twice around a mutation round, and a console over its store. */
export interface DemoConsole {
  env: IngestEnv;
  console: RunningConsole;
  projects: string[];
  /** Ground truth per project after the first sync and after the second. */
  before: GroundTruth[];
  after: GroundTruth[];
  /** A whole second between the two syncs: every version of the first began before it, of the second after. */
  between: Date;
  round: MutationResult;
  close(): Promise<void>;
}

/** What the demo estate holds. */
export interface DemoOptions {
  projects: string[];
  instances: number;
  disks: number;
  networks: number;
  token?: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts the emulator, Temporal, a worker and a store; syncs, mutates 30 % of the estate, syncs again, serves the console. */
export async function demoConsole(options: DemoOptions): Promise<DemoConsole> {
  const { projects } = options;
  const env = await ingestEnv({
    emulator: {
      generate: {
        seed: 7,
        projects,
        zones: 2,
        instances: options.instances,
        disks: options.disks,
        networks: options.networks,
      },
    },
  });
  try {
    const truth = () => Promise.all(projects.map((p) => env.emulator.control.groundTruth(p)));
    await (await env.inventory({ projectIds: projects })).result();
    const before = await truth();
    const between = new Date(Math.ceil((Date.now() + 1) / 1000) * 1000);
    await sleep(between.getTime() - Date.now() + 50);
    const round = await env.emulator.control.mutateRound({ percent: 30, seed: 3 });
    await (await env.inventory({ projectIds: projects })).result();
    const after = await truth();
    const running = await startConsole({
      db: env.db.store.db,
      ...(options.token !== undefined && { token: options.token }),
    });
    return {
      env,
      console: running,
      projects,
      before,
      after,
      between,
      round,
      async close() {
        await running.close();
        await env.close();
      },
    };
  } catch (err) {
    await env.close();
    throw err;
  }
}
