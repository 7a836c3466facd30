import assert from 'node:assert/strict';
import net from 'node:net';
import { test } from 'node:test';
import { Connection } from '@temporalio/client';
import { startDevServer } from './dev-server.js';
import { freePort } from './free-port.js';

test('a dev server starts on a free port, answers, and stops', async () => {
  const server = await startDevServer();
  try {
    const connection = await Connection.connect({ address: server.address });
    const info = await connection.workflowService.getSystemInfo({});
    assert.ok(info.capabilities);
    await connection.close();
  } finally {
    await server.stop();
  }
  assert.throws(() => process.kill(server.pid, 0), /ESRCH/);
});

test('a frontend port that is taken is a clear error naming it', async () => {
  const port = await freePort();
  const blocker = net.createServer((socket) => socket.destroy());
  await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
  try {
    await assert.rejects(startDevServer({ port, readyTimeoutMs: 20_000 }), (err: Error) => {
      assert.match(err.message, /exited at start/);
      assert.match(
        err.message,
        new RegExp(`${port}.*address already in use|address already in use.*${port}`, 's'),
      );
      return true;
    });
  } finally {
    blocker.close();
  }
});
