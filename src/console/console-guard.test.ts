import assert from 'node:assert/strict';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { ConfigError } from '../config/config-error.js';
import { loadConfig } from '../config/load-config.js';
import { tempDir, writeFile } from '../config/testing/test-fixtures.js';
import { testStore, type TestStore } from '../test-support/database.js';
import { startConsole, type RunningConsole } from './console-server.js';

const token = 'guard-test-token-0123456789abcdef';
let db: TestStore;
let open: RunningConsole;
let guarded: RunningConsole;

before(async () => {
  db = await testStore();
  [open, guarded] = await Promise.all([
    startConsole({ db: db.store.db }),
    startConsole({ db: db.store.db, token }),
  ]);
});
after(async () => {
  await Promise.all([open?.close(), guarded?.close()]);
  await db?.close();
});

/** A raw GET with any Host header and an unnormalised path (fetch allows neither). */
function rawGet(
  base: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined> }> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path, headers: { host: url.host, ...headers } },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('DNS rebinding and framing', () => {
  test('without a token, only loopback Host names are answered', async () => {
    const port = new URL(open.url).port;
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, 'app.localhost'])
      assert.equal((await rawGet(open.url, '/runs', { host })).status, 200, host);
    for (const host of [
      `evil.example:${port}`,
      'evil.example',
      `127.0.0.1.evil.example:${port}`,
      `10.0.0.8:${port}`,
    ])
      assert.equal((await rawGet(open.url, '/runs', { host })).status, 421, host);
  });

  test("every answer forbids framing (frame-ancestors 'none')", async () => {
    const answer = await fetch(`${open.url}/`);
    assert.match(answer.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
    assert.equal(answer.headers.get('x-frame-options'), 'DENY');
  });
});

describe('the token', () => {
  test('the post-token redirect stays on this console, even for /./\\evil.example/x', async () => {
    for (const path of [
      `/./\\evil.example/x?token=${token}`,
      `//evil.example/x?token=${token}`,
      `/\\/evil.example?token=${token}`,
    ]) {
      const answer = await rawGet(guarded.url, path);
      assert.equal(answer.status, 303, path);
      const location = String(answer.headers.location);
      assert.match(location, /^\/(?![/\\])/, `${path} → ${location}`);
    }
  });

  test('the cookie is Secure behind TLS, and only then', async () => {
    const plain = await rawGet(guarded.url, `/?token=${token}`);
    assert.doesNotMatch(String(plain.headers['set-cookie']), /Secure/);
    const proxied = await rawGet(guarded.url, `/?token=${token}`, { 'x-forwarded-proto': 'https' });
    assert.match(String(proxied.headers['set-cookie']), /; Secure/);
  });

  test('an empty or short token is refused, not taken as "no token"', async () => {
    for (const bad of ['', '   ', 'short', `${token}\nsecond`])
      await assert.rejects(startConsole({ db: db.store.db, token: bad }), /token/, JSON.stringify(bad));
  });

  test('an empty cookie or ?token= is not the token', async () => {
    assert.equal((await rawGet(guarded.url, '/?token=')).status, 401);
    assert.equal((await rawGet(guarded.url, '/', { cookie: 'hotpot_console=' })).status, 401);
  });

  test('a non-loopback address without a token is refused unless --insecure-no-token', async () => {
    await assert.rejects(
      startConsole({ db: db.store.db, host: '0.0.0.0' }),
      /without a token.*--insecure-no-token/,
    );
    const insecure = await startConsole({ db: db.store.db, host: '0.0.0.0', insecureNoToken: true });
    await insecure.close();
  });

  test('HOTPOT_CONSOLE_TOKEN set but empty, or short, is a config error; the token can come from a file', () => {
    const cwd = tempDir();
    for (const env of [
      { HOTPOT_CONSOLE_TOKEN: '' },
      { HOTPOT_CONSOLE_TOKEN: 'abc' },
      { HOTPOT_CONSOLE_TOKEN_FILE: '' },
    ])
      assert.throws(
        () => loadConfig({ env, cwd }),
        (err) => err instanceof ConfigError && /console\.token/.test(err.message),
      );
    const file = writeFile(cwd, 'console-token', `${token}\n`);
    assert.equal(
      loadConfig({ env: { HOTPOT_CONSOLE_TOKEN_FILE: file }, cwd }).console.token?.reveal(),
      token,
    );
    assert.throws(
      () => loadConfig({ env: { HOTPOT_CONSOLE_TOKEN_FILE: writeFile(cwd, 'short', 'abc\n') }, cwd }),
      /console\.tokenFile.*at least 16/,
    );
  });
});

describe('listening problems are one line', () => {
  test('a port in use', async () => {
    const busy = createServer();
    await new Promise<void>((r) => busy.listen(0, '127.0.0.1', r));
    const port = (busy.address() as { port: number }).port;
    try {
      await assert.rejects(startConsole({ db: db.store.db, port }), {
        name: 'HotpotError',
        message: `port ${port} on 127.0.0.1 is already in use; pick another with --port`,
      });
    } finally {
      busy.close();
    }
  });

  test('a host name that does not resolve', async () => {
    await assert.rejects(
      startConsole({ db: db.store.db, host: 'no-such-host.invalid', token }),
      /^HotpotError: cannot listen on no-such-host\.invalid: no such host name/,
    );
  });
});
