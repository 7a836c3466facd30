import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { compute_v1 } from '@googleapis/compute';
import { emulatorComputeClient, startEmulator, type RunningEmulator } from '../index.js';
import { itemsOf } from './testing/compute-pager.js';

const project = 'hotpot-demo-001';
type Item = Record<string, unknown>;

describe('badItem through @googleapis/compute', () => {
  let emulator: RunningEmulator;
  let client: compute_v1.Compute;
  const instances = async (maxResults = 10): Promise<Item[]> =>
    itemsOf('instances', (await client.instances.aggregatedList({ project, maxResults })).data);
  before(async () => {
    emulator = await startEmulator({ generate: { projects: 1, instances: 30 } });
    client = emulatorComputeClient(emulator.url);
  });
  beforeEach(() => emulator.control.clearFaults());
  after(() => emulator.stop());

  it('nulByte puts a U+0000 into the first item of the page only; ground truth is unchanged', async () => {
    const before = await emulator.control.groundTruth(project);
    await emulator.control.setFault({
      kind: 'badItem',
      project,
      method: 'instances.aggregatedList',
      count: 1,
    });
    const page = await instances();
    assert.match(String(page[0]?.['description']), /\u0000$/);
    assert.ok(page.slice(1).every((i) => !JSON.stringify(i).includes('\\u0000')));
    assert.deepEqual(await emulator.control.groundTruth(project), before);
    assert.ok(!JSON.stringify(await instances()).includes('\\u0000'), 'only while the fault fires');
    const [fault] = (await emulator.control.faults()).faults;
    assert.deepEqual(fault?.effects, [
      {
        project,
        method: 'instances.aggregatedList',
        corrupted: { scope: `zones/${String(page[0]?.['zone']).split('/').pop()}`, name: page[0]?.['name'] },
      },
    ]);
  });

  it('corrupts the named item wherever it is on the page, the others are served as stored', async () => {
    const truth = (await emulator.control.groundTruth(project)).resources.instances;
    const victim = truth[4];
    assert.ok(victim?.name);
    await emulator.control.setFault({ kind: 'badItem', project, name: victim.name, variant: 'missingId' });
    const page = await instances(500);
    const bad = page.find((i) => i['name'] === victim.name);
    assert.ok(bad && !('id' in bad));
    assert.deepEqual(
      page.filter((i) => i['name'] !== victim.name),
      truth.filter((i) => i.name !== victim.name),
    );
  });

  it('wrongType gives a field a wrong JSON type: creationTimestamp a number, an array a string', async () => {
    const [truthFirst, truthSecond] = (await emulator.control.groundTruth(project)).resources.instances;
    await emulator.control.setFault({ kind: 'badItem', project, variant: 'wrongType', count: 1 });
    assert.equal((await instances())[0]?.['creationTimestamp'], 12345);
    await emulator.control.setFault({
      kind: 'badItem',
      project,
      variant: 'wrongType',
      field: 'networkInterfaces',
      count: 1,
    });
    const page = await instances(500);
    assert.ok(Array.isArray(truthFirst?.networkInterfaces), 'the first instance has NICs');
    assert.equal(page[0]?.['networkInterfaces'], 'x');
    assert.deepEqual(page[1]?.['networkInterfaces'], truthSecond?.networkInterfaces);
  });

  it('huge adds a ~10 MB metadata value to an instance and a huge description to other types', async () => {
    await emulator.control.setFault({
      kind: 'badItem',
      project,
      variant: 'huge',
      method: 'instances.get',
      count: 1,
    });
    const truth = (await emulator.control.groundTruth(project)).resources;
    const i = truth.instances[0];
    assert.ok(i?.name && i.zone);
    const got = await client.instances.get({
      project,
      zone: i.zone.split('/').pop() ?? '',
      instance: i.name,
    });
    const huge = got.data.metadata?.items?.find((m) => m.key === 'hotpot-huge');
    assert.equal(huge?.value?.length, 10 * 1024 * 1024);
    await emulator.control.setFault({ kind: 'badItem', project, variant: 'huge', sizeBytes: 1000, count: 1 });
    const net = (await client.networks.list({ project })).data.items?.[0];
    assert.equal(net?.description?.length, 1000);
  });

  it('refuses an unknown variant and a reserved field', async () => {
    await assert.rejects(
      emulator.control.setFault({ kind: 'badItem', variant: 'zap' as 'huge' }),
      /400.*Unknown badItem variant/,
    );
    await assert.rejects(emulator.control.setFault({ kind: 'badItem', field: 'constructor' }), /400/);
  });
});
