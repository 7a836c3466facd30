import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { computeKinds, nodeScopedKinds } from '../gcp/compute/kinds.js';
import { testServerUrl } from '../test-support/database.js';
import { runBench } from './run-bench.js';
import { testTempDir } from '../test-support/temp-dir.js';

test('a tiny bench run measures every phase with positive figures', { timeout: 300_000 }, async () => {
  const out = path.join(testTempDir('bench'), 'bench.json');
  const store = process.env.HOTPOT_TEST_STORE === 'pglite' ? 'pglite' : 'postgres';
  const report = await runBench({
    scale: 0.002,
    store,
    out,
    skipNaive: false,
    skipFanout: true,
    latency: 'google',
    ...(process.env.HOTPOT_TEST_TEMPORAL_ADDRESS
      ? { temporalAddress: process.env.HOTPOT_TEST_TEMPORAL_ADDRESS }
      : {}),
    postgresUrl: testServerUrl(),
    seed: 3,
    log: () => {},
  });
  const names = report.phases.map((p) => p.name);
  if (store === 'postgres') {
    assert.ok(names.includes('floor C (COPY)'), names.join(', '));
    assert.deepEqual(
      report.storage.map((s) => s.after),
      ['first sync', 're-sync after 1% mutations'],
    );
    for (const s of report.storage) assert.ok(s.bytesPerResource! > 0 && s.bytesPerVersion! > 0);
    assert.equal(report.storage[0]!.versions, report.storage[0]!.resources);
  }
  assert.ok(report.workerIdleRssMb! > 0);
  for (const prefix of [
    'floor A',
    'floor B',
    'first sync',
    're-sync unchanged',
    're-sync after',
    'naive',
    'discovery',
    'latency google: 4 projects, 1 worker',
    'latency google: 4 projects, 2 workers',
  ]) {
    assert.ok(
      names.some((n) => n.startsWith(prefix)),
      `phase ${prefix} missing from ${names.join(', ')}`,
    );
  }
  for (const p of report.phases) {
    assert.ok(p.wallMs > 0 && p.resources > 0 && p.resourcesPerSec > 0, `${p.name}: ${JSON.stringify(p)}`);
    if (!/^(floor [BC]|console|exposure)/.test(p.name))
      assert.ok(p.apiCalls > 0, `${p.name} made no API calls`);
  }
  const first = report.phases.find((p) => p.name.startsWith('first sync'))!;
  assert.ok(first.workerPeakRssMb! > 0 && first.parentHistoryEvents! > 0 && first.largestPayloadBytes! > 0);
  assert.ok(first.cpuMs && first.cpuMs.workerMs > 0, `worker CPU measured: ${JSON.stringify(first.cpuMs)}`);
  if (store === 'postgres')
    assert.ok(first.cpuMs.postgresMs! > 0, 'the database backends of the sync were found');
  assert.equal(first.clientConstructions, report.estate.projects);
  assert.deepEqual(
    report.checks.listCalls.map((c) => c.type),
    computeKinds.map((k) => k.plural),
  );
  for (const c of report.checks.listCalls) {
    assert.equal(c.actual, c.expected, `${c.type} (${c.method})`);
    assert.equal(c.projectsOff, 0, c.type);
  }
  const withServices = report.phases.filter((p) => p.name.startsWith('with services: '));
  assert.deepEqual(
    withServices.map((p) => p.name),
    [`with services: first sync (${store})`, 'with services: re-sync unchanged'],
  );
  const services = report.servicesEstate!;
  assert.ok(
    services.serviceResources > 0 &&
      services.resources - services.serviceResources >= report.estate.resources,
  );
  const svcFirst = withServices[0]!;
  assert.equal(svcFirst.resources, services.resources, 'the first sync with services lists the whole estate');
  assert.equal(
    svcFirst.clientConstructions,
    report.estate.projects * 6,
    'one client per project and workflow',
  );
  for (const { kind } of [{ kind: 'gkeClusters' }, { kind: 'bucketIamPolicies' }, { kind: 'runJobs' }])
    assert.ok(svcFirst.callsByType![kind]! > 0, `no ${kind} calls counted`);
  assert.equal(services.serviceListCalls.length, 12);
  for (const c of [...services.serviceListCalls, ...services.computeListCalls]) {
    assert.equal(c.actual, c.expected, `with services: ${c.type} (${c.method})`);
    assert.equal(c.projectsOff, 0, c.method);
  }
  const side = report.estateComparison!;
  assert.equal(side.computeOnly.resources, report.estate.resources);
  assert.equal(side.withServices.resources, services.resources);
  assert.ok(side.withServices.firstSyncMs! > 0 && side.withServices.resyncPeakRssMb! > 0);
  assert.equal(report.checks.metricsVsSummary.length, 5);
  for (const c of report.checks.metricsVsSummary) {
    assert.ok(c.compared >= computeKinds.length, `${c.phase}: ${c.compared} pairs compared`);
    assert.deepEqual(c.mismatches, [], c.phase);
  }
  const perType = first.callsByType ?? {};
  const projectKinds = computeKinds.filter((k) => !(nodeScopedKinds as readonly string[]).includes(k.plural));
  for (const { plural } of projectKinds)
    assert.ok(perType[plural]! > 0, `first sync made no ${plural} calls`);
  for (const p of report.phases.filter((x) => x.name.startsWith('latency')))
    assert.ok(p.latencyFloorMs! > 0 && /wall \/ floor/.test(p.note ?? ''), `${p.name}: ${p.note}`);
  assert.ok(report.ratios.latencyOneWorkerOverFloor! > 0 && report.ratios.latencyTwoWorkersOverOne! > 0);
  assert.ok(report.ratios.firstSyncOverSlowerFloor! > 0 && report.ratios.resyncUnchangedOverFirstSync! > 0);
});
