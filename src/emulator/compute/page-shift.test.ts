import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { compute_v1 } from '@googleapis/compute';
import { emulatorComputeClient, startEmulator, type RunningEmulator } from '../index.js';
import { itemsOf } from './testing/compute-pager.js';

const project = 'hotpot-demo-001';
type Item = { name?: string | null; zone?: string | null; id?: string | null };
const scopeOf = (i: Item | undefined) => `zones/${i?.zone?.split('/').pop() ?? ''}`;
const names = (items: Item[]) => items.map((i) => i.name);

describe('shiftBetweenPages through @googleapis/compute', () => {
  let emulator: RunningEmulator;
  let client: compute_v1.Compute;
  const page = async (pageToken?: string) => {
    const res = await client.instances.aggregatedList({
      project,
      maxResults: 10,
      ...(pageToken ? { pageToken } : {}),
    });
    return { items: itemsOf('instances', res.data) as Item[], next: res.data.nextPageToken ?? undefined };
  };
  before(async () => {
    emulator = await startEmulator({ generate: { projects: 1, instances: 30 } });
    client = emulatorComputeClient(emulator.url);
  });
  beforeEach(async () => {
    await emulator.control.reset();
  });
  after(() => emulator.stop());

  it('deletes a resource an earlier page served, so the next page skips one that exists', async () => {
    const original = (await emulator.control.groundTruth(project)).resources.instances;
    await emulator.control.setFault({
      kind: 'shiftBetweenPages',
      project,
      method: 'instances.aggregatedList',
      count: 1,
    });
    const first = await page();
    assert.deepEqual(names(first.items), names(original.slice(0, 10)), 'the first page is not shifted');
    const second = await page(first.next);
    assert.deepEqual(names(second.items), names(original.slice(11, 21)));
    const [fault] = (await emulator.control.faults()).faults;
    assert.deepEqual(fault?.effects, [
      {
        project,
        method: 'instances.aggregatedList',
        deleted: { scope: scopeOf(original[0]), name: original[0]?.name },
        skipped: { scope: scopeOf(original[10]), name: original[10]?.name },
      },
    ]);
    const truth = (await emulator.control.groundTruth(project)).resources;
    assert.ok(!truth.instances.some((i) => i.name === original[0]?.name), 'the deletion is in ground truth');
    assert.ok(
      truth.instances.some((i) => i.name === original[10]?.name),
      'the skipped one still exists',
    );
    assert.ok(!truth.disks.some((d) => d.name === `${original[0]?.name}-boot`), 'its boot disk went with it');
    const third = await page(second.next);
    const listed = new Set(names([...first.items, ...second.items, ...third.items]));
    assert.deepEqual(
      truth.instances.filter((i) => !listed.has(i.name)).map((i) => i.name),
      [original[10]?.name],
    );
  });

  it('deletes the named served resource', async () => {
    const original = (await emulator.control.groundTruth(project)).resources.instances;
    const first = await page();
    await emulator.control.setFault({
      kind: 'shiftBetweenPages',
      project,
      name: original[3]?.name ?? '',
      count: 1,
    });
    await page(first.next);
    const [fault] = (await emulator.control.faults()).faults;
    assert.equal(fault?.effects?.[0]?.deleted?.name, original[3]?.name);
    assert.equal(fault?.effects?.[0]?.skipped?.name, original[10]?.name);
  });

  it('with create and keep, a resource appears ahead of the served part: one repeats, the new one is missed', async () => {
    const original = (await emulator.control.groundTruth(project)).resources.instances;
    const first = await page();
    await emulator.control.setFault({
      kind: 'shiftBetweenPages',
      project,
      create: true,
      keep: true,
      count: 1,
    });
    const second = await page(first.next);
    assert.deepEqual(names(second.items), names(original.slice(9, 19)));
    const [fault] = (await emulator.control.faults()).faults;
    const effect = fault?.effects?.[0];
    assert.equal(effect?.deleted, undefined);
    assert.deepEqual(effect?.repeated, { scope: scopeOf(original[9]), name: original[9]?.name });
    const created = (await emulator.control.groundTruth(project)).resources.instances.find(
      (i) => i.name === effect?.created?.name,
    );
    assert.ok(created, 'the created resource is in ground truth');
    assert.notEqual(created.id, original[0]?.id);
    assert.ok(!names([...first.items, ...second.items]).includes(created.name));
  });

  it('shifts a zonal list too, and never fires on a first page', async () => {
    const zone = (await emulator.control.groundTruth(project)).zones[0] ?? '';
    const inZone = (await emulator.control.groundTruth(project)).resources.instances.filter((i) =>
      i.zone?.endsWith(`/${zone}`),
    );
    await emulator.control.setFault({
      kind: 'shiftBetweenPages',
      project,
      method: 'instances.list',
      count: 1,
    });
    const first = await client.instances.list({ project, zone, maxResults: 3 });
    assert.deepEqual(names(first.data.items ?? []), names(inZone.slice(0, 3)));
    const second = await client.instances.list({
      project,
      zone,
      maxResults: 3,
      pageToken: first.data.nextPageToken ?? '',
    });
    assert.deepEqual(names(second.data.items ?? []), names(inZone.slice(4, 7)));
  });
});
