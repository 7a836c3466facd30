import { sql, type Kysely } from 'kysely';
import { loadavg } from 'node:os';
import { computeResources } from '../gcp/compute/registry.js';
import { feedEnv, type FeedEnv } from '../feeds/testing/feed-env.js';
import { forkListener, sharedListener, type PhaseListener } from './feed-listener-child.js';
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
  /** Messages the listener holds unacknowledged at once (gcp.feeds.maxOutstanding; default 200, as configured). */
  maxOutstanding?: number;
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
  /** Where the listener ran (`own`: its own process, as `hotpot listen`) and what its process cost. */
  listener: { process: 'own' | 'shared'; maxOutstanding: number; cpuSeconds?: number; maxRssMb?: number };
  /** The machine's 1-minute load average when the mutations began and when the listener had applied them. */
  loadAverage: { start: number; settled: number };
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
    const maxOutstanding = o.maxOutstanding ?? 200;
    const listener = await phaseListener(fe, maxOutstanding);
    await fe.env.emulator.control.setFeedFaults({
      delayMs: [0, 50],
      duplicate: o.duplicate,
      reorder: o.reorder,
      reorderMs: 500,
    });
    const started = Date.now();
    const loadStart = loadavg()[0]!;
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
    await settled(fe, listener, 900_000);
    const settledMs = Date.now() - started;
    const loadSettled = loadavg()[0]!;
    const { stats: listened, cpuSeconds, maxRssMb } = await listener.stop();
    const lat = [...listened.latenciesMs].sort((a, b) => a - b);
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
      outcomes: listened.outcomes,
      batches: listened.batches,
      gapSyncs: listened.gapSyncs.length,
      latencyMs: { p50: pct(0.5), p99: pct(0.99), max: lat.at(-1) ?? NaN },
      eventsPerSecond: Math.round((stats.published / settledMs) * 1000),
      history,
      fullSyncAfter: { status: after.status, changedInFedKinds: changed },
      listener: {
        process: listener.process,
        maxOutstanding,
        ...(cpuSeconds !== undefined && { cpuSeconds: Math.round(cpuSeconds * 10) / 10 }),
        ...(maxRssMb !== undefined && { maxRssMb }),
      },
      loadAverage: { start: Math.round(loadStart * 10) / 10, settled: Math.round(loadSettled * 10) / 10 },
      historyShape,
    };
  } finally {
    await fe.close();
  }
}

/**
 * The listener as production runs it, in a process of its own with its own connections (PostgreSQL); a PGlite store
 * admits one process, so there it shares the phase's.
 */
async function phaseListener(fe: FeedEnv, maxOutstanding: number): Promise<PhaseListener> {
  if (fe.env.db.url.startsWith('pglite:')) {
    const listener = fe.listener();
    await listener.start();
    return sharedListener(listener);
  }
  return forkListener({
    databaseUrl: fe.env.db.url,
    pubsubHost: fe.server.host,
    subscription: fe.subscription,
    temporal: fe.env.config.temporal,
    maxOutstanding,
    maxEventAgeSeconds: 3600,
    holeGraceSeconds: 30,
  });
}

/** Waits until the emulator published every feed message and the listener handled at least as many, holding none. */
async function settled(fe: FeedEnv, listener: PhaseListener, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { stats } = await fe.env.emulator.control.feed();
    const { handled, inFlight } = await listener.counts();
    if (stats.pending === 0 && handled >= stats.published && inFlight === 0) return;
    if (Date.now() > deadline)
      throw new Error(
        `feed not settled: published ${stats.published} (pending ${stats.pending}), handled ${handled}`,
      );
    await new Promise((r) => setTimeout(r, 200));
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
