import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Registry } from 'prom-client';
import { startMetricsServer } from '../metrics/metrics-server.js';
import { openStore } from '../store/open-store.js';
import { testTemporal } from '../test-support/temporal.js';
import { createReadiness, type WorkerPhase } from './readiness.js';

test('/readyz is 503 while starting or draining, 200 only when Temporal and the store answer and the worker polls', async () => {
  const temporal = await testTemporal();
  const store = await openStore('pglite://memory');
  let phase: WorkerPhase = 'starting';
  const server = await startMetricsServer(new Registry(), {
    port: 0,
    host: '127.0.0.1',
    readiness: createReadiness({ connection: temporal.nativeConnection, db: store.db, phase: () => phase }),
  });
  const readyz = server.url.replace(/\/metrics$/, '/readyz');
  try {
    let res = await fetch(readyz);
    assert.equal(res.status, 503);
    assert.deepEqual(await res.json(), {
      ready: false,
      checks: { temporal: 'ok', store: 'ok', polling: 'starting' },
    });
    phase = 'polling';
    res = await fetch(readyz);
    assert.equal(res.status, 200);
    phase = 'draining';
    assert.equal((await fetch(readyz)).status, 503);
    phase = 'polling';
    await store.close();
    res = await fetch(readyz);
    assert.equal(res.status, 503);
    const body = (await res.json()) as { checks: { store: string } };
    assert.match(body.checks.store, /^failed: /);
  } finally {
    await server.close();
    await temporal.close();
  }
});
