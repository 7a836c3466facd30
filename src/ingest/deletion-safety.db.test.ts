import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { sql } from 'kysely';
import { instanceResource } from '../gcp/compute/instance/resource.js';
import { runDetail } from '../query/runs.js';
import { defaultDeletionPolicy } from './deletion-policy.js';
import type { ResourceDefinition } from '../provider/resource.js';
import type { ComputeResource } from '../gcp/compute/compute-resource.js';
import type { compute_v1 } from '@googleapis/compute';
import type { SyncScopeInput } from './sync-scope.js';
import { emulatorScope } from '../gcp/compute/testing/emulator-scope.js';

const env = emulatorScope({
  generate: { seed: 11, projects: 6, zones: 2, instances: 40, disks: 0, networks: 1 },
});

/** Syncs the project's instances from `url` (the emulator unless a test serves something else). */
function sync(project: string, options: Partial<SyncScopeInput> & { url?: string } = {}) {
  return env.sync(instanceResource as ResourceDefinition, project, {
    deletion: defaultDeletionPolicy,
    ...options,
  });
}

async function storedNames(project: string): Promise<string[]> {
  const r = await sql<{ name: string }>`
    select name from gcp_compute_instances where scope = ${project} order by name`.execute(env.db);
  return r.rows.map((x) => x.name);
}

async function truthNames(project: string): Promise<string[]> {
  const truth = await env.emulator.control.groundTruth(project);
  return truth.resources.instances.map((i) => i.name!).sort();
}

async function closedVersions(project: string): Promise<number> {
  const r = await sql<{ n: number }>`
    select count(*)::int as n from gcp_compute_instances_history
    where scope = ${project} and deleted_at is not null`.execute(env.db);
  return r.rows[0]!.n;
}

/** A local server answering every request with `answer`, like a misconfigured proxy or a lying endpoint. */
async function fakeEndpoint(answer: (path: string) => { status: number; body: string }) {
  const server = http.createServer((req, res) => {
    const { status, body } = answer(new URL(req.url ?? '/', 'http://x').pathname);
    res.writeHead(status, { 'content-type': 'application/json' }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

test('a first sync stores what the emulator holds', async () => {
  const project = 'hotpot-demo-001';
  const result = await sync(project);
  assert.equal(result.status, 'ok');
  assert.deepEqual(await storedNames(project), await truthNames(project));
});

test('an endpoint answering 200 {} fails the scope with GcpMalformedResponse and deletes nothing', async () => {
  const project = 'hotpot-demo-002';
  await sync(project);
  const before = await storedNames(project);
  const fake = await fakeEndpoint(() => ({ status: 200, body: '{}' }));
  try {
    await assert.rejects(sync(project, { url: fake.url }), (err: Error & { type?: string }) => {
      assert.equal(err.type, 'GcpMalformedResponse');
      assert.match(err.message, /kind is null, expected "compute#instanceAggregatedList"/);
      return true;
    });
  } finally {
    await fake.close();
  }
  assert.deepEqual(await storedNames(project), before);
  assert.equal(await closedVersions(project), 0);
});

test('a well-formed empty listing is refused by the mass deletion guard, and cannot prove deletions anyway', async () => {
  const project = 'hotpot-demo-003';
  await sync(project);
  const truth = await env.emulator.control.groundTruth(project);
  const emptyListing = JSON.stringify({
    kind: 'compute#instanceAggregatedList',
    items: Object.fromEntries(
      truth.zones.map((z) => [`zones/${z}`, { warning: { code: 'NO_RESULTS_ON_PAGE', message: 'none' } }]),
    ),
  });
  const fake = await fakeEndpoint((path) =>
    path.includes('/aggregated/')
      ? { status: 200, body: emptyListing }
      : { status: 404, body: '<html>Not Found</html>' },
  );
  const before = await storedNames(project);
  try {
    const guarded = await sync(project, { url: fake.url });
    assert.equal(guarded.held, before.length);
    assert.match(
      guarded.heldReason ?? '',
      new RegExp(`mass deletion refused: ${before.length} of ${before.length} `),
    );
    assert.equal(guarded.confirmCalls, 0);
    assert.equal(guarded.status, 'partial');
    const allowed = await sync(project, {
      url: fake.url,
      deletion: { ...defaultDeletionPolicy, allowMass: true },
    });
    assert.equal(allowed.deleted, 0, 'a 404 that is not Google naming the resource proves nothing');
    assert.equal(allowed.held, before.length);
    assert.equal(allowed.confirmCalls, before.length);
  } finally {
    await fake.close();
  }
  assert.deepEqual(await storedNames(project), before);
  assert.equal(await closedVersions(project), 0);
});

test('a real mass deletion is held until an operator allows it, then each one is confirmed by a get', async () => {
  const project = 'hotpot-demo-004';
  await sync(project);
  const names = (await truthNames(project)).slice(0, 30);
  await env.emulator.control.applyOps(
    names.map((name) => ({ op: 'delete', project, type: 'instances', name })),
  );
  const held = await sync(project);
  assert.equal(held.held, 30);
  assert.equal(held.deleted, 0);
  assert.equal((await storedNames(project)).length, names.length + (await truthNames(project)).length);
  const allowed = await sync(project, { deletion: { ...defaultDeletionPolicy, allowMass: true } });
  assert.equal(allowed.deleted, 30);
  assert.equal(allowed.confirmCalls, 30);
  assert.equal(allowed.status, 'ok');
  assert.deepEqual(await storedNames(project), await truthNames(project));
});

test('a resource skipped because the listing shifted between pages is confirmed alive, not deleted', async () => {
  const project = 'hotpot-demo-005';
  const names = ['shift-a', 'shift-b', 'shift-c', 'shift-d', 'shift-e', 'shift-f'];
  const zone = (await env.emulator.control.groundTruth(project)).zones[0]!;
  await env.emulator.control.applyOps(
    names.map((name) => ({ op: 'create', project, type: 'instances', resource: { name, zone } })),
  );
  await sync(project);
  const deletedBefore = await closedVersions(project);
  const firstPage: string[] = [];
  const recording: ComputeResource<compute_v1.Schema$Instance> = {
    ...instanceResource,
    async *list(compute, ctx) {
      for await (const page of instanceResource.list(compute, ctx)) {
        if (!firstPage.length) firstPage.push(...page.items.map((i) => i.name!));
        yield page;
      }
    },
  };
  let deleted = false;
  const result = await sync(project, {
    resource: recording as ResourceDefinition,
    pageSize: 4,
    onPage: async () => {
      if (deleted) return;
      deleted = true;
      await env.emulator.control.applyOps([
        { op: 'delete', project, type: 'instances', name: firstPage[0]! },
      ]);
    },
  });
  assert.ok(result.confirmCalls >= 1, 'the skipped resource was checked');
  assert.equal(result.deleted, 0);
  assert.equal(await closedVersions(project), deletedBefore, 'nothing that exists was deleted');
  await sync(project);
  assert.deepEqual(await storedNames(project), await truthNames(project));
});

test('a bad item is rejected and shown by the run detail; its previous version stays and nothing is deleted', async () => {
  const project = 'hotpot-demo-006';
  await sync(project);
  const before = await sql<{ name: string; raw: unknown }>`
    select name, raw from gcp_compute_instances where scope = ${project} order by name`.execute(env.db);
  const victim = before.rows[0]!.name;
  await env.emulator.control.setFault({ kind: 'badItem', variant: 'nulByte', project, name: victim });
  const runId = `run-${randomUUID()}`;
  try {
    const result = await sync(project, { runId });
    assert.equal(result.rejected, 1);
    assert.equal(result.deleted, 0);
    assert.equal(result.status, 'partial');
  } finally {
    await env.emulator.control.clearFaults();
  }
  const after = await sql<{ name: string; raw: unknown }>`
    select name, raw from gcp_compute_instances where scope = ${project} order by name`.execute(env.db);
  assert.deepEqual(after.rows, before.rows);
  const detail = await runDetail(env.db, runId);
  assert.equal(detail.rejected.length, 1);
  assert.match(detail.rejected[0]!.error, /NUL/);
  assert.equal(detail.scopes[0]?.rejected, 1);
});
