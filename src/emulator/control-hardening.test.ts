import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { maxControlBodyBytes, startEmulator, type RunningEmulator } from './index.js';
import { setPaths } from './project-edits.js';

describe('control API input limits', () => {
  let emulator: RunningEmulator;
  const call = async (method: string, path: string, body?: string) => {
    const res = await fetch(`${emulator.url}/_emulator${path}`, {
      method,
      ...(body === undefined ? {} : { body, headers: { 'content-type': 'application/json' } }),
    });
    return { status: res.status, text: await res.text() };
  };
  before(async () => {
    emulator = await startEmulator({ generate: { projects: 1, instances: 5 } });
  });
  after(() => emulator.stop());

  for (const word of ['__proto__', 'constructor', 'prototype']) {
    it(`answers 400 to '${word}' in a path segment, a body key or a dotted key`, async () => {
      assert.equal((await call('GET', `/projects/${word}/state`)).status, 400);
      assert.equal((await call('GET', `/projects/${encodeURIComponent(word)}/state`)).status, 400);
      assert.equal((await call('PUT', `/quotas/${word}`, '{"requestsPerMinute":1}')).status, 400);
      const keyed = await call('POST', '/faults', `{"kind":"latency","${word}":{"polluted":true}}`);
      assert.equal(keyed.status, 400);
      assert.match(keyed.text, /reserved/);
      const network = (await emulator.control.groundTruth('hotpot-demo-001')).resources.networks[0]?.name;
      assert.ok(network);
      const ops = JSON.stringify({
        ops: [
          {
            op: 'update',
            project: 'hotpot-demo-001',
            type: 'networks',
            name: network,
            set: { [`labels.${word}.polluted`]: 'yes' },
          },
        ],
      });
      assert.equal((await call('POST', '/mutations', ops)).status, 400);
      assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
      assert.deepEqual((await emulator.control.faults()).faults, []);
      assert.equal((await call('GET', '/round')).text, '{"round":0}');
    });
  }

  it('refuses reserved keys in update paths even past the control API', () => {
    assert.throws(() => setPaths({}, { '__proto__.polluted': true }), /reserved/);
    assert.throws(() => setPaths({}, { 'a.constructor.prototype.polluted': true }), /reserved/);
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
  });

  it('answers 413 to a body over the limit and keeps serving', async () => {
    const big = JSON.stringify({ kind: 'latency', pad: 'x'.repeat(maxControlBodyBytes) });
    const res = await call('POST', '/faults', big);
    assert.equal(res.status, 413);
    assert.deepEqual((await emulator.control.faults()).faults, []);
    const fits = JSON.stringify({ kind: 'latency', pad: 'x'.repeat(maxControlBodyBytes - 100) });
    assert.equal((await call('POST', '/faults', fits)).status, 200);
    await emulator.control.clearFaults();
  });

  it('answers 413 to an oversized chunked body without a content-length', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(256 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 8) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const res = await fetch(`${emulator.url}/_emulator/faults`, {
      method: 'POST',
      body: stream,
      duplex: 'half',
    } as RequestInit);
    assert.equal(res.status, 413);
    await res.text();
    assert.equal((await call('GET', '/round')).status, 200);
  });
});
