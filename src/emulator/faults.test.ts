import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { compute_v1 } from '@googleapis/compute';
import { emulatorComputeClient, startEmulator, type FaultSpec, type RunningEmulator } from './index.js';

const project = 'hotpot-demo-001';

describe('faults through @googleapis/compute', () => {
  let emulator: RunningEmulator;
  let client: compute_v1.Compute;
  const list = () => client.instances.aggregatedList({ project, returnPartialSuccess: true });
  const outcome = async (): Promise<{
    status?: number;
    reason?: string;
    code?: string;
    headers?: Headers;
    data?: unknown;
  }> => {
    try {
      const res = await list();
      return { status: res.status, data: res.data };
    } catch (err) {
      const e = err as {
        status?: number;
        code?: string;
        response?: { headers: Headers; data?: { error?: { errors?: { reason: string }[] } } };
      };
      return {
        ...(e.status ? { status: e.status } : {}),
        ...(e.code ? { code: e.code } : {}),
        ...(e.response ? { headers: e.response.headers } : {}),
        reason: e.response?.data?.error?.errors?.[0]?.reason ?? '',
      };
    }
  };
  before(async () => {
    emulator = await startEmulator({ generate: { projects: 2, instances: 30 } });
    client = emulatorComputeClient(emulator.url);
  });
  beforeEach(() => emulator.control.clearFaults());
  after(() => emulator.stop());

  const cases: [FaultSpec['kind'], number, string][] = [
    ['permissionDenied', 403, 'forbidden'],
    ['rateLimitExceeded', 403, 'rateLimitExceeded'],
    ['tooManyRequests', 429, 'rateLimitExceeded'],
    ['internalError', 500, 'backendError'],
    ['unavailable', 503, 'backendError'],
  ];
  for (const [kind, status, reason] of cases) {
    it(`${kind} answers ${status} ${reason} for the next call only`, async () => {
      await emulator.control.setFault({
        kind,
        project,
        method: 'instances.aggregatedList',
        count: 1,
        retryAfterSeconds: 7,
      });
      const failed = await outcome();
      assert.equal(failed.status, status);
      assert.equal(failed.reason, reason);
      if (kind === 'tooManyRequests') assert.equal(failed.headers?.get('retry-after'), '7');
      assert.equal((await outcome()).status, 200);
    });
  }

  it('matches project and method: other methods and projects are untouched', async () => {
    await emulator.control.setFault({ kind: 'internalError', project, method: 'disks.*' });
    assert.equal((await outcome()).status, 200);
    await assert.rejects(client.disks.aggregatedList({ project }), { status: 500 });
    await client.disks.aggregatedList({ project: 'hotpot-demo-002' });
  });

  it('connection reset, truncated and malformed bodies reach the client as broken responses', async () => {
    await emulator.control.setFault({ kind: 'connectionReset', count: 1 });
    assert.equal((await outcome()).code, 'ECONNRESET');
    await emulator.control.setFault({ kind: 'truncatedBody', count: 1 });
    assert.ok((await outcome()).code, 'a truncated body fails the call');
    await emulator.control.setFault({ kind: 'malformedJson', count: 1 });
    const malformed = await outcome();
    assert.equal(typeof malformed.data, 'string', 'gaxios hands back unparsable JSON as text');
    assert.throws(() => JSON.parse(malformed.data as string));
  });

  it('adds latency', async () => {
    await emulator.control.setFault({ kind: 'latency', latencyMs: 150, count: 1 });
    const t = performance.now();
    await list();
    assert.ok(performance.now() - t >= 140);
  });

  it('fires probabilistic faults deterministically and about as often as asked', async () => {
    const run = async () => {
      await emulator.control.clearFaults();
      await emulator.control.setFault({ kind: 'unavailable', probability: 0.3 });
      const statuses: (number | undefined)[] = [];
      for (let i = 0; i < 40; i++) statuses.push((await outcome()).status);
      return statuses;
    };
    const first = await run();
    assert.deepEqual(await run(), first);
    const failed = first.filter((s) => s === 503).length;
    assert.ok(failed > 3 && failed < 25, `${failed} of 40 failed`);
  });

  it('makes a zone unreachable: listed in unreachables with returnPartialSuccess, an error without', async () => {
    await emulator.control.setFault({ kind: 'unreachableZone', project, zone: 'us-central1-b' });
    const res = await list();
    assert.deepEqual(res.data.unreachables, ['zones/us-central1-b']);
    assert.equal(res.data.items?.['zones/us-central1-b'], undefined);
    const truth = (await emulator.control.groundTruth(project)).resources.instances.filter(
      (i) => !i.zone?.endsWith('us-central1-b'),
    );
    assert.equal(Object.values(res.data.items ?? {}).flatMap((s) => s.instances ?? []).length, truth.length);
    await assert.rejects(client.instances.aggregatedList({ project }), { status: 503 });
  });

  it('enforces a per-project requests-per-minute quota with 403 rateLimitExceeded (usageLimits)', async () => {
    await emulator.control.setQuota(project, 3);
    for (let i = 0; i < 3; i++) assert.equal((await outcome()).status, 200);
    const over = await outcome();
    assert.equal(over.status, 403);
    assert.equal(over.reason, 'rateLimitExceeded');
    await assert.rejects(
      list(),
      (err: { response: { data: { error: { errors: { domain: string }[] } } } }) =>
        err.response.data.error.errors[0]?.domain === 'usageLimits',
    );
    await client.instances.aggregatedList({ project: 'hotpot-demo-002' });
  });

  it('rejects an unknown fault kind with 400', async () => {
    await assert.rejects(
      emulator.control.setFault({ kind: 'explode' as FaultSpec['kind'] }),
      /400.*Unknown fault kind/,
    );
  });
});
