import pg from 'pg';
import { computeResources } from '../gcp/compute/registry.js';
import { estate, inContext, sleep } from './in-context.js';
import { clean, type InvariantReport } from './invariants.js';
import type { ScenarioContext } from './scenario-context.js';
import type { Scale, Scenario } from './scenario.js';
import type { WorkerProcess } from './worker-pool.js';

/** The kinds a Cloud Asset feed carries; a full sync after the feed must change none of them. */
const fed = computeResources.filter((r) => r.assetTypes?.length);
const fedKinds = fed.map((r) => r.kind);
/** The types a change feed carries; the others (tag bindings) change only by a sync. */
const carriedTypes = fed.map((r) => r.plural);

/** The types the feed scenarios mutate (each publishes a feed message per change). */
export const fedTypes = ['instances', 'disks', 'networks'] as const;

/** What a feed scenario's body gets: its context, scale, and a way to start a `hotpot listen` process. */
export interface FeedScenarioKit {
  ctx: ScenarioContext;
  scale: Scale;
  listen: (env?: Record<string, string>) => Promise<WorkerProcess>;
}

/** What a feed scenario's body returns: when its faults ended, and problems it found itself. */
export interface FeedBodyResult {
  faultEndedAt: number;
  problems?: string[];
}

/**
 * A change-feed fault scenario: one worker syncs the estate, then the body runs `hotpot listen` processes and
 * injects its faults. It passes only when the feed alone brings the store to the ground truth of the kinds a feed
 * carries (no clean sync in between: 0 lost, 0 wrong versions) and a full sync afterwards changes nothing of them.
 */
export function feedScenario(
  name: string,
  title: string,
  sizes: { small: [number, number]; full: [number, number] },
  body: (kit: FeedScenarioKit) => Promise<FeedBodyResult>,
): Scenario {
  return {
    name,
    title,
    run: (lab, scale) => {
      const [projects, instances] = sizes[scale];
      return inContext(
        lab,
        { name, feed: true, estate: { ...estate(name, projects, { instances }), instanceGroupsPerZone: 0 } },
        async (ctx) => {
          const feed = ctx.feed!;
          await ctx.startWorkers(1);
          await ctx.syncAll();
          const listen = (env: Record<string, string> = {}) =>
            ctx.workers.start({
              command: { args: ['listen'], ready: 'hotpot listen:' },
              env: { ...feed.env(), ...env },
            });
          const result = await body({ ctx, scale, listen });
          await ctx.emulator.control.setFeedFaults({});
          await ctx.clearFaults();
          const problems = [...(result.problems ?? [])];
          const report = await caughtUp(ctx, scale === 'small' ? 90_000 : 300_000);
          if (!clean(report))
            problems.push(
              `the feed alone did not bring the store to the ground truth: ${report.examples.join('; ')}`,
            );
          const changed = await changesOfNextSync(ctx);
          if (changed)
            problems.push(`the full sync after the feed changed ${changed} resources of fed kinds`);
          return { faultEndedAt: result.faultEndedAt, problems };
        },
      );
    },
  };
}

/** Waits until the emulator published everything and the store equals the ground truth; the last report. */
async function caughtUp(ctx: ScenarioContext, timeoutMs: number): Promise<InvariantReport> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { stats } = await ctx.emulator.control.feed();
    const report = await ctx.check(undefined, carriedTypes);
    if ((stats.pending === 0 && clean(report)) || Date.now() > deadline) return report;
    await sleep(500);
  }
}

/** Runs a full sync of every project and sums what it created, changed and deleted of the fed kinds. */
async function changesOfNextSync(ctx: ScenarioContext): Promise<number> {
  const since = new Date();
  await ctx.syncAll();
  const client = new pg.Client({ connectionString: ctx.databaseUrl });
  await client.connect();
  try {
    const r = await client.query<{ n: number }>(
      `select coalesce(sum(created + changed + deleted), 0)::int as n from ingest_scope_results
       where started_at >= $1 and resource_kind = any($2)`,
      [since, fedKinds],
    );
    return r.rows[0]!.n;
  } finally {
    await client.end();
  }
}

/** Counts the distinct sync runs that listed `project`. */
export function runsOf(ctx: ScenarioContext, project: string): Promise<number> {
  return count(ctx, 'select count(distinct run_id)::int as n from ingest_scope_results where scope = $1', [
    project,
  ]);
}

/** Counts the versions the feed wrote for one resource. */
export function feedVersionsOf(ctx: ScenarioContext, project: string, id: string): Promise<number> {
  return count(ctx, 'select count(*)::int as n from feed_versions where scope = $1 and resource_id = $2', [
    project,
    id,
  ]);
}

async function count(ctx: ScenarioContext, query: string, values: unknown[]): Promise<number> {
  const client = new pg.Client({ connectionString: ctx.databaseUrl });
  await client.connect();
  try {
    return (await client.query<{ n: number }>(query, values)).rows[0]!.n;
  } finally {
    await client.end();
  }
}
