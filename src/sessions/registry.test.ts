import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SessionRegistry } from './registry.js';

interface Source {
  token: string;
  fail?: boolean;
}

function registry(closed: string[] = []) {
  return new SessionRegistry<{ token: string; id: string }, Source>({
    createClient: async (source, id) => {
      await new Promise((r) => setTimeout(r, 10));
      if (source.fail) throw new Error('no credentials');
      return { token: source.token, id };
    },
    closeClient: (client) => void closed.push(client.id),
  });
}

describe('SessionRegistry', () => {
  it('creates one client per session and shares concurrent first calls', async () => {
    const r = registry();
    const source = { token: 'a' };
    const clients = await Promise.all([1, 2, 3, 4].map(() => r.getOrCreateSessionClient('s1', source)));
    assert.equal(new Set(clients).size, 1);
    assert.equal(r.constructions, 1);
    assert.equal(await r.getOrCreateSessionClient('s1', source), clients[0]);
    await r.getOrCreateSessionClient('s2', source);
    assert.equal(r.constructions, 2);
    assert.deepEqual(r.sessionIds().sort(), ['s1', 's2']);
  });

  it('reads the source at creation: a rotation reaches the next session only', async () => {
    const r = registry();
    const source = { token: 'v1' };
    await r.getOrCreateSessionClient('s1', source);
    source.token = 'v2';
    assert.equal((await r.getOrCreateSessionClient('s1', source)).token, 'v1');
    assert.equal((await r.getOrCreateSessionClient('s2', source)).token, 'v2');
  });

  it('retries a failed creation on the next call', async () => {
    const r = registry();
    const source: Source = { token: 'a', fail: true };
    await assert.rejects(r.getOrCreateSessionClient('s1', source), /no credentials/);
    assert.equal(r.size, 0);
    source.fail = false;
    assert.equal((await r.getOrCreateSessionClient('s1', source)).token, 'a');
    assert.equal(r.constructions, 2);
  });

  it('closes idempotently, and closeAll closes everything', async () => {
    const closed: string[] = [];
    const r = registry(closed);
    await r.getOrCreateSessionClient('s1', { token: 'a' });
    const pending = r.getOrCreateSessionClient('s2', { token: 'a' });
    await r.closeSessionClient('s1');
    await r.closeSessionClient('s1');
    await r.closeSessionClient('unknown');
    assert.deepEqual(closed, ['s1']);
    await r.closeAll();
    await pending;
    assert.deepEqual(closed, ['s1', 's2']);
    assert.equal(r.size, 0);
  });

  it('reports clients that fail to close, and still forgets them', async () => {
    const r = new SessionRegistry<string, null>({
      createClient: (_s, id) => id,
      closeClient: () => {
        throw new Error('socket stuck');
      },
    });
    await r.getOrCreateSessionClient('s1', null);
    await r.getOrCreateSessionClient('s2', null);
    await assert.rejects(
      r.closeAll(),
      (err: unknown) => err instanceof AggregateError && err.errors.length === 2,
    );
    assert.equal(r.size, 0);
  });
});
