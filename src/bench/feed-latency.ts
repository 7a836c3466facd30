import { computeResources } from '../gcp/compute/registry.js';
import { feedEnv, feedSettled } from '../feeds/testing/feed-env.js';
import { assertStoreMatchesTruth, ExpectedHistory } from '../test-support/store-truth.js';

/**
 * The change-feed benchmark phase: N mutations over a P-project estate while the listener runs (the Pub/Sub test
 * server, Temporal and the test store of `npm test`), with a share of duplicated and reordered messages. Prints
 * event→commit latency p50/p99, events/s, whether history equals the ground truth, and what a full sync after it
 * changed (0 expected). Usage: node dist/bench/feed-latency.js [mutations] [projects] [dupShare] [reorderShare] [mutations/s]
 */
async function main(): Promise<void> {
  const [mutations = 2000, projectCount = 20, duplicate = 0.05, reorder = 0.05, rate = 100] = process.argv
    .slice(2)
    .map(Number);
  const projects = Array.from(
    { length: projectCount },
    (_, i) => `feed-bench-${String(i + 1).padStart(3, '0')}`,
  );
  const fe = await feedEnv(projects, 4242, { instances: 30, disks: 10, networks: 2 });
  const kinds = computeResources
    .filter((r) => r.assetTypes?.length)
    .map(({ plural, table }) => ({ plural, table }));
  const fed = new Set(kinds.map((k) => k.plural));
  const expected = new ExpectedHistory(kinds);
  try {
    const first = await (await fe.env.inventory({ projectIds: projects, concurrency: 4 })).result();
    if (first.status !== 'ok') throw new Error(`first sync: ${first.status}`);
    expected.observe(await fe.truths());
    const listener = fe.listener();
    await listener.start();
    await fe.env.emulator.control.setFeedFaults({ delayMs: [0, 50], duplicate, reorder, reorderMs: 500 });
    const started = Date.now();
    let changes = 0;
    while (changes < mutations) {
      const round = await fe.env.emulator.control.mutateRound({
        percent: 5,
        types: ['instances', 'disks', 'networks'],
      });
      changes += round.changes.length;
      expected.observe(await fe.truths());
      const ahead = (changes / rate) * 1000 - (Date.now() - started);
      if (ahead > 0) await new Promise((r) => setTimeout(r, ahead));
    }
    const mutatedMs = Date.now() - started;
    await feedSettled(fe, listener, 600_000);
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
    const after = await (await fe.env.inventory({ projectIds: projects, concurrency: 4 })).result();
    const changed = Object.entries(after.totals?.resources ?? {})
      .filter(([plural]) => fed.has(plural))
      .reduce((n, [, c]) => n + c.created + c.changed + c.deleted, 0);
    const { stats } = await fe.env.emulator.control.feed();
    console.log(
      JSON.stringify(
        {
          mutations: changes,
          mutationsPerSecond: Math.round(changes / (mutatedMs / 1000)),
          projects: projectCount,
          published: stats.published,
          duplicated: stats.duplicated,
          reordered: stats.reordered,
          outcomes: listener.stats.outcomes,
          latencyMs: { p50: pct(0.5), p99: pct(0.99), max: lat.at(-1) },
          mutateSeconds: mutatedMs / 1000,
          eventsPerSecond: Math.round((stats.published / settledMs) * 1000),
          history,
          fullSyncAfter: { status: after.status, changedInFedKinds: changed },
        },
        null,
        2,
      ),
    );
  } finally {
    await fe.close();
  }
}

await main();
