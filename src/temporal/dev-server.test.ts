import assert from 'node:assert/strict';
import net from 'node:net';
import { test } from 'node:test';
import { Connection } from '@temporalio/client';
import { startDevServer, StderrCapture } from './dev-server.js';
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

test('stderr capture: a bind failure or a panic is seen however long the stack after it; the message keeps both ends', () => {
  const stack = 'goroutine 1 [running]:\n'.repeat(400);
  const bind = new StderrCapture();
  bind.add('time=x level=ERROR msg="listen tcp 127.0.0.1:7233: bind: address already in');
  bind.add(' use"\n');
  bind.add(stack);
  assert.equal(bind.retryable, true);
  assert.match(
    bind.text(),
    /^time=x level=ERROR msg="listen tcp 127\.0\.0\.1:7233: bind: address already in use"\n/,
  );
  assert.match(bind.text(), /\n…\n/);
  assert.match(bind.text(), /goroutine 1 \[running\]:$/);

  const panic = new StderrCapture();
  panic.add('panic: runtime error: invalid memory address or nil pointer dereference\n');
  panic.add(stack);
  assert.equal(panic.retryable, true);

  const other = new StderrCapture();
  other.add('Error: unknown flag: --bogus\n');
  assert.equal(other.retryable, false);
  assert.equal(other.text(), 'Error: unknown flag: --bogus');
  const exact = new StderrCapture();
  const text = 'a'.repeat(2500) + 'b'.repeat(1000);
  exact.add(text.slice(0, 1800));
  exact.add(text.slice(1800));
  assert.equal(exact.text(), text);
});
