import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { compute_v1 } from '@googleapis/compute';
import { emulatorComputeClient, startEmulator, type RunningEmulator } from '../index.js';

/** The Google error body of a failed call, and its status. */
async function failure(call: Promise<unknown>): Promise<{
  status: number;
  body: {
    error: {
      code: number;
      status: string;
      message: string;
      errors: { domain: string; reason: string; message: string }[];
    };
  };
}> {
  try {
    await call;
  } catch (err) {
    const e = err as { status: number; response: { data: never } };
    return { status: e.status, body: e.response.data };
  }
  throw new Error('expected the call to fail');
}

describe('list semantics and errors', () => {
  let emulator: RunningEmulator;
  let client: compute_v1.Compute;
  before(async () => {
    emulator = await startEmulator({
      generate: {
        projects: 2,
        instances: 1200,
        disks: 0,
        zones: ['us-central1-a', 'europe-west1-b'],
        overrides: { 'hotpot-demo-002': { forbidden: true } },
      },
    });
    client = emulatorComputeClient(emulator.url);
  });
  after(() => emulator.stop());

  it('defaults and caps maxResults at 500 and chains opaque page tokens', async () => {
    const sizes: number[] = [];
    let pageToken: string | undefined;
    do {
      const res = await client.instances.aggregatedList({
        project: 'hotpot-demo-001',
        maxResults: 1000,
        ...(pageToken ? { pageToken } : {}),
      });
      sizes.push(Object.values(res.data.items ?? {}).reduce((n, s) => n + (s.instances?.length ?? 0), 0));
      pageToken = res.data.nextPageToken ?? undefined;
      if (pageToken) assert.doesNotMatch(pageToken, /^\d+$/);
    } while (pageToken);
    assert.deepEqual(sizes, [500, 500, 200]);
    const first = await client.instances.aggregatedList({ project: 'hotpot-demo-001' });
    assert.equal(
      Object.values(first.data.items ?? {}).reduce((n, s) => n + (s.instances?.length ?? 0), 0),
      500,
    );
    const zonal = await client.instances.list({
      project: 'hotpot-demo-001',
      zone: 'europe-west1-b',
      maxResults: 7,
    });
    assert.equal(zonal.data.items?.length, 7);
    assert.equal(zonal.data.kind, 'compute#instanceList');
  });

  it('marks scopes without items on a page with NO_RESULTS_ON_PAGE', async () => {
    const res = await client.instances.aggregatedList({ project: 'hotpot-demo-001', maxResults: 3 });
    assert.equal(res.data.kind, 'compute#instanceAggregatedList');
    assert.equal(res.data.items?.['zones/us-central1-a']?.instances?.length, 3);
    const warning = res.data.items?.['zones/europe-west1-b']?.warning;
    assert.equal(warning?.code, 'NO_RESULTS_ON_PAGE');
    assert.deepEqual(warning?.data, [{ key: 'scope', value: 'zones/europe-west1-b' }]);
  });

  for (const [filter, check] of [
    ['status = RUNNING', (i: compute_v1.Schema$Instance) => i.status === 'RUNNING'],
    ['labels.env = prod', (i: compute_v1.Schema$Instance) => i.labels?.['env'] === 'prod'],
    [
      '(status != RUNNING) (labels.team = "ml")',
      (i: compute_v1.Schema$Instance) => i.status !== 'RUNNING' && i.labels?.['team'] === 'ml',
    ],
    ['name eq web-.*', (i: compute_v1.Schema$Instance) => i.name?.startsWith('web-') === true],
  ] as const) {
    it(`filters with ${filter}`, async () => {
      const truth = (await emulator.control.groundTruth('hotpot-demo-001')).resources.instances.filter(check);
      const res = await client.instances.aggregatedList({ project: 'hotpot-demo-001', filter });
      const got = Object.values(res.data.items ?? {}).flatMap((s) => s.instances ?? []);
      assert.ok(truth.length > 0);
      const ids = new Set(truth.map((i) => i.id));
      assert.equal(got.length, Math.min(500, truth.length));
      assert.ok(got.every((i) => ids.has(i.id)));
    });
  }

  it('filters by exact name and refuses OR', async () => {
    const target = (await emulator.control.groundTruth('hotpot-demo-001')).resources.disks[77];
    const one = await client.disks.aggregatedList({
      project: 'hotpot-demo-001',
      filter: `name = "${target?.name ?? ''}"`,
    });
    assert.deepEqual(
      Object.values(one.data.items ?? {})
        .flatMap((s) => s.disks ?? [])
        .map((d) => d.id),
      [target?.id],
    );
    const { status } = await failure(
      client.instances.aggregatedList({ project: 'hotpot-demo-001', filter: 'name = a OR name = b' }),
    );
    assert.equal(status, 400);
  });

  it('answers unsupported filters with 400 in Google format', async () => {
    const { status, body } = await failure(
      client.instances.aggregatedList({ project: 'hotpot-demo-001', filter: 'cpuPlatform > 3' }),
    );
    assert.equal(status, 400);
    assert.equal(body.error.status, 'INVALID_ARGUMENT');
    assert.equal(body.error.errors[0]?.reason, 'invalid');
    assert.match(body.error.message, /filter/);
  });

  it('answers 404 for an unknown project or resource and 403 for a forbidden project', async () => {
    const missing = await failure(client.instances.aggregatedList({ project: 'no-such-project' }));
    assert.equal(missing.status, 404);
    assert.deepEqual(Object.keys(missing.body.error).sort(), ['code', 'errors', 'message']);
    assert.equal(missing.body.error.errors[0]?.reason, 'notFound');
    const get = await failure(client.networks.get({ project: 'hotpot-demo-001', network: 'nope' }));
    assert.match(get.body.error.message, /projects\/hotpot-demo-001\/global\/networks\/nope/);
    const forbidden = await failure(client.disks.aggregatedList({ project: 'hotpot-demo-002' }));
    assert.equal(forbidden.status, 403);
    assert.equal(forbidden.body.error.errors[0]?.reason, 'forbidden');
    assert.equal(forbidden.body.error.status, 'PERMISSION_DENIED');
  });

  it('rejects a token it did not issue', async () => {
    const { status } = await failure(
      client.instances.aggregatedList({ project: 'hotpot-demo-001', pageToken: 'garbage' }),
    );
    assert.equal(status, 400);
  });
});
