import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { S1_EMULATOR_TOKEN, S1ControlClient } from '../../emulator/s1/index.js';

const main = fileURLToPath(new URL('../main.js', import.meta.url));

test('hotpot emulator --provider s1 serves a SentinelOne console on its own, the generated estate its flags ask for', async () => {
  const child = spawn(
    process.execPath,
    [main, 'emulator', '--provider', 's1', '--port', '0', '--seed', 'cli', '--sites', '2', '--agents', '5'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  try {
    let out = '';
    child.stdout.setEncoding('utf8');
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: string) => {
        out += chunk;
        const match = /s1\.endpoint (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
        if (match) resolve(match[1]!);
      });
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
    });
    const truth = await new S1ControlClient(url).truth();
    assert.equal(truth.sites.length, 2, 'the --sites it was given');
    const response = await fetch(`${url}/web/api/v2.1/agents?limit=1000`, {
      headers: { authorization: `ApiToken ${S1_EMULATOR_TOKEN}` },
    });
    assert.equal(response.status, 200);
    const body = (await response.json()) as { data: { id: string }[] };
    assert.deepEqual(body.data.map((a) => a.id).sort(), truth.agents.map((a) => a.id).sort());
    const denied = await fetch(`${url}/web/api/v2.1/agents`, {
      headers: { authorization: 'ApiToken wrong' },
    });
    assert.equal(denied.status, 401);
  } finally {
    child.kill('SIGTERM');
    if (child.exitCode === null) await once(child, 'exit');
  }
  assert.equal(child.exitCode, 0, 'SIGTERM stops it cleanly');
});

test('hotpot emulator names the APIs it knows when --provider is unknown', () => {
  const run = spawnSync(process.execPath, [main, 'emulator', '--provider', 'azure', '--port', '0'], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  assert.equal(run.status, 1, run.stderr);
  assert.match(run.stderr, /unknown --provider 'azure': use one of compute, s1/);
});
