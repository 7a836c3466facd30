import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { compute_v1 } from '@googleapis/compute';
import {
  allResourceTypes,
  emulatorComputeClient,
  startEmulator,
  type FaultSpec,
  type RunningEmulator,
} from '../index.js';
import { access, itemsOf } from './testing/compute-pager.js';
import { isSingleton, resourceTypes } from './resource-types.js';

const project = 'hotpot-demo-001';

describe('every fault kind applies to every served type', () => {
  let emulator: RunningEmulator;
  let client: compute_v1.Compute;
  before(async () => {
    emulator = await startEmulator({ generate: { projects: 1, instances: 12, disks: 4 } });
    client = emulatorComputeClient(emulator.url);
  });
  beforeEach(() => emulator.control.clearFaults());
  after(() => emulator.stop());

  // Hierarchical firewall policies belong to organizations and folders: node-faults.test.ts covers them.
  for (const type of allResourceTypes.filter((t) => !isSingleton(t) && t !== 'firewallPolicies')) {
    const listMethod = `${type}.${resourceTypes[type].aggregated ? 'aggregatedList' : 'list'}`;
    it(`${type}: error kinds, broken bodies and lying answers on ${listMethod} and ${type}.get`, async () => {
      const list = () => access[type].list(client, { project, returnPartialSuccess: true, maxResults: 2 });
      const truth = (await emulator.control.groundTruth(project)).resources[type] as {
        name?: string | null;
        zone?: string | null;
        region?: string | null;
      }[];
      const one = truth[0];
      assert.ok(one, `the estate has ${type}`);
      const get = () => access[type].get(client, project, one);
      const errors: [FaultSpec['kind'], number][] = [
        ['permissionDenied', 403],
        ['rateLimitExceeded', 403],
        ['tooManyRequests', 429],
        ['internalError', 500],
        ['unavailable', 503],
      ];
      for (const [kind, status] of errors) {
        await emulator.control.setFault({ kind, project, method: `${type}.*`, count: 2 });
        await assert.rejects(list(), { status }, `${kind} on ${listMethod}`);
        await assert.rejects(get(), { status }, `${kind} on ${type}.get`);
      }
      for (const kind of ['connectionReset', 'truncatedBody'] as const) {
        await emulator.control.setFault({ kind, method: `${type}.*`, count: 2 });
        await assert.rejects(list(), (e: { code?: string }) => !!e.code, `${kind} on list`);
        await assert.rejects(get(), (e: { code?: string }) => !!e.code, `${kind} on get`);
      }
      await emulator.control.setFault({ kind: 'malformedJson', method: `${type}.*`, count: 2 });
      assert.equal(typeof (await list()).data, 'string');
      assert.equal(typeof (await get()).data, 'string');
      await emulator.control.setFault({ kind: 'emptyObject', method: `${type}.*`, count: 2 });
      assert.deepEqual((await list()).data, {});
      assert.deepEqual((await get()).data, {});
      await emulator.control.setFault({ kind: 'emptyListing', method: `${type}.*`, count: 1 });
      assert.deepEqual(itemsOf(type, (await list()).data), []);
      await emulator.control.setFault({
        kind: 'wrongKind',
        method: `${type}.*`,
        servedKind: 'compute#x',
        count: 2,
      });
      assert.equal(((await list()).data as { kind?: string }).kind, 'compute#x');
      assert.equal(((await get()).data as { kind?: string }).kind, 'compute#x');
      await emulator.control.setFault({
        kind: 'badItem',
        method: `${type}.*`,
        variant: 'missingId',
        count: 2,
      });
      assert.equal(itemsOf(type, (await list()).data)[0]?.['id'], undefined);
      assert.equal(((await get()).data as { id?: string }).id, undefined);
      const counts = (await emulator.control.requestCounts())[project] ?? {};
      assert.ok((counts[listMethod] ?? 0) > 0 && (counts[`${type}.get`] ?? 0) > 0);
      await emulator.control.clearFaults();
      assert.ok(itemsOf(type, (await list()).data).length > 0, 'honest again');
    });
  }

  it('makes a region unreachable for regional types', async () => {
    await emulator.control.setFault({ kind: 'unreachableZone', project, zone: 'regions/us-central1' });
    const page = (await client.routers.aggregatedList({ project, returnPartialSuccess: true })).data;
    assert.deepEqual(page.unreachables, ['regions/us-central1']);
    await assert.rejects(client.routers.list({ project, region: 'us-central1' }), { status: 503 });
  });
});
