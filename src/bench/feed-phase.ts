import { sql, type Kysely } from 'kysely';
import { computeResources } from '../gcp/compute/registry.js';
import { feedEnv, feedSettled } from '../feeds/testing/feed-env.js';
import { assertStoreMatchesTruth, ExpectedHistory } from '../test-support/store-truth.js';

/** One run of the feed phase: N mutations over P projects while the listener runs, with duplicates and reordering. */
export interface FeedPhaseOptions {
  mutations: number;
  projects: number;
  /** Shares of messages published twice and held back 500 ms (reordered). */
  duplicate: number;
  reorder: number;
  /** Mutations per second the phase aims at. */
  rate: number;
  seed: number;
  log?: (line: string) => void;
}

/** What one run measured. `historyShape` is each resource's sequence of version fingerprints (no times). */
export interface FeedPhaseRun {
  mutations: number;
  mutationsPerSecond: number;
  projects: number;
  published: number;
  duplicated: number;
  reordered: number;
  outcomes: Record<string, number>;
  /** Transactions the listener committed (each one scope's queued events). */
  batches: number;
  /** Full syncs the listener started for a gap. */
  gapSyncs: number;
  latencyMs: { p50: number; p99: number; max: number };
  /** Messages handled per second from the first mutation until every one was applied. */
  eventsPerSecond: number;
  /** `equals the ground truth`, or how it differs. */
  history: string;
  fullSyncAfter: { status: string; changedInFedKinds: number };
  historyShape: Map<string, string>;
}

const fed = computeResources.filter((r) => r.assetTypes?.length);

/** Runs the phase once on a fresh store, estate and Pub/Sub server (the test harness of `npm test`). */
export async function runFeedPhase(o: FeedPhaseOptions): Promise<FeedPhaseRun> {
  const projects = Array.from(
    { length: o.projects },
    (_, i) => `feed-bench-${String(i + 1).padStart(3, '0')}`,
  );
  const fe = await feedEnv(projects, o.seed, { instances: 30, disks: 10, networks: 2 });
  const expected = new ExpectedHistory(fed.map(({ plural, table }) => ({ plural, table })));
  try {
    const first = await (await fe.env.inventory({ projectIds: projects, concurrency: 4 })).result();
    if (first.status !== 'ok') throw new Error(`the first full sync ended ${first.status}`);
    expected.observe(await fe.truths());
    const listener = fe.listener();
    await listener.start();
    await fe.env.emulator.control.setFeedFaults({
      delayMs: [0, 50],
      duplicate: o.duplicate,
      reorder: o.reorder,
      reorderMs: 500,
    });
    const started = Date.now();
    let changes = 0;
    while (changes < o.mutations) {
      const round = await fe.env.emulator.control.mutateRound({
        percent: 5,
        types: ['instances', 'disks', 'networks'],
      });
      changes += round.changes.length;
      expected.observe(await fe.truths());
      const ahead = (changes / o.rate) * 1000 - (Date.now() - started);
      if (ahead > 0) await new Promise((r) => setTimeout(r, ahead));
    }
    const mutatedMs = Date.now() - started;
    o.log?.(`feeds: ${changes} mutations in ${mutatedMs} ms; waiting for the listener`);
    await feedSettled(fe, listener, 900_000);
    const settledMs = Date.now() - started;
    await listener.stop();
    const lat = [...listener.stats.latenciesMs].sort((a, b) => a - b);
    const pct = (q: number) => lat[Math.min(lat.length - 1, Math.floor(q * lat.length))] ?? NaN;
    let history = 'equals the ground truth';
    try {
      await assertStoreMatchesTruth(fe.env.db.store.db, await fe.truths(), expected);
    } catch (err) {
      history = `DIFFERS: ${(err as Error).message.split('\n')[0]}`;
    }
    const historyShape = await shapeOf(fe.env.db.store.db);
    const after = await (await fe.env.inventory({ projectIds: projects, concurrency: 4 })).result();
    const changed = Object.entries(after.totals?.resources ?? {})
      .filter(([plural]) => fed.some((r) => r.plural === plural))
      .reduce((n, [, c]) => n + c.created + c.changed + c.deleted, 0);
    const { stats } = await fe.env.emulator.control.feed();
    return {
      mutations: changes,
      mutationsPerSecond: Math.round(changes / (mutatedMs / 1000)),
      projects: o.projects,
      published: stats.published,
      duplicated: stats.duplicated,
      reordered: stats.reordered,
      outcomes: listener.stats.outcomes,
      batches: listener.stats.batches,
      gapSyncs: listener.stats.gapSyncs.length,
      latencyMs: { p50: pct(0.5), p99: pct(0.99), max: lat.at(-1) ?? NaN },
      eventsPerSecond: Math.round((stats.published / settledMs) * 1000),
      history,
      fullSyncAfter: { status: after.status, changedInFedKinds: changed },
      historyShape,
    };
  } finally {
    await fe.close();
  }
}

/** Per resource (`kind/project/id`), its versions' fingerprints in order and whether the last is deleted. */
async function shapeOf(db: Kysely<unknown>): Promise<Map<string, string>> {
  const shape = new Map<string, string>();
  for (const r of fed) {
    const rows = await sql<{ key: string; versions: string }>`
      select scope || '/' || id as key,
        string_agg(md5(raw::text) || case when deleted_at is null then '' else ' deleted' end, ',' order by valid_from)
          as versions
      from ${sql.table(`${r.table}_history`)} group by scope, id`.execute(db);
    for (const row of rows.rows) shape.set(`${r.kind}/${row.key}`, row.versions);
  }
  return shape;
}

/** Resources whose version sequence differs between two runs (either side missing counts). */
export function shapeDifferences(a: Map<string, string>, b: Map<string, string>): string[] {
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys].filter((k) => a.get(k) !== b.get(k));
}
