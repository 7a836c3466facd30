import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { configuredFortinetScopes, parseFortinetConfig } from './fortinet-config.js';
import { parseFortinetScope } from './scope.js';
import { testTempDir } from '../test-support/temp-dir.js';

const device = {
  name: 'fw-edge-1',
  baseUrl: 'https://fw.example.net',
  vdoms: ['root', 'dmz'],
  tokenEnv: 'FW_TOKEN',
};

test('a valid section gives its devices and the scopes <device>/<vdom>, with defaults', () => {
  const { config, problems } = parseFortinetConfig(
    { devices: [device, { name: 'fw-2', baseUrl: 'https://fw2.example.net/', tokenFile: 'tok' }] },
    { baseDir: '/etc/hotpot' },
  );
  assert.deepEqual(problems, []);
  assert.equal(config!.taskQueue, 'hotpot-ingest-fortinet');
  assert.deepEqual(configuredFortinetScopes(config!), ['fw-edge-1/root', 'fw-edge-1/dmz', 'fw-2/root']);
  assert.equal(config!.devices[1]!.baseUrl, 'https://fw2.example.net');
  assert.deepEqual(config!.devices[1]!.secret, { source: 'file', path: '/etc/hotpot/tok' });
});

test('each problem names its key; a secret value is never quoted', () => {
  const { config, problems } = parseFortinetConfig(
    {
      pageSize: 0,
      colour: 'x',
      devices: [
        {
          name: 'bad name',
          baseUrl: 'ftp://x',
          vdoms: ['root', 'no/slash'],
          token: 'sekret-value-1',
          tokenEnv: 'X',
        },
        { ...device },
        { ...device },
      ],
    },
    {},
  );
  assert.equal(config, undefined);
  const keys = problems.map((p) => p.key);
  for (const key of [
    'fortinet.pageSize',
    'fortinet.colour',
    'fortinet.devices[0].name',
    'fortinet.devices[0].baseUrl',
    'fortinet.devices[0].vdoms',
    'fortinet.devices[0].token',
    'fortinet.devices[2].name',
  ])
    assert.ok(keys.includes(key), `${key} in ${keys.join(', ')}`);
  assert.ok(!JSON.stringify(problems).includes('sekret-value-1'));
});

test('plain http is refused unless allowInsecureEndpoint, and then only to loopback', () => {
  const http = (baseUrl: string, allow?: boolean) =>
    parseFortinetConfig(
      { ...(allow !== undefined && { allowInsecureEndpoint: allow }), devices: [{ ...device, baseUrl }] },
      {},
    ).problems;
  assert.match(http('http://fw.example.net')[0]!.message, /clear text/);
  assert.match(http('http://127.0.0.1:8080')[0]!.message, /clear text/);
  assert.deepEqual(http('http://127.0.0.1:8080', true), []);
  assert.match(http('http://fw.example.net', true)[0]!.message, /another machine/);
  assert.match(http('https://user:pw@fw.example.net')[0]!.message, /no credentials/);
});

test('a CA bundle is read from caFile (relative to the config) and must be PEM', () => {
  const dir = testTempDir('fortinet-ca');
  writeFileSync(path.join(dir, 'ca.pem'), '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');
  writeFileSync(path.join(dir, 'bad.pem'), 'not a cert');
  const ok = parseFortinetConfig({ caFile: 'ca.pem', devices: [device] }, { baseDir: dir });
  assert.match(ok.config!.devices[0]!.ca!, /BEGIN CERTIFICATE/);
  assert.match(
    parseFortinetConfig({ devices: [{ ...device, caFile: 'bad.pem' }] }, { baseDir: dir }).problems[0]!
      .message,
    /not a PEM/,
  );
  assert.match(
    parseFortinetConfig({ devices: [{ ...device, caFile: 'missing.pem' }] }, { baseDir: dir }).problems[0]!
      .message,
    /ENOENT/,
  );
});

test('a scope id is <device>/<vdom>, nothing else', () => {
  assert.deepEqual(parseFortinetScope('fw-edge-1/root'), { device: 'fw-edge-1', vdom: 'root' });
  for (const bad of ['fw-edge-1', 'a/b/c', '/root', 'fw/', 'fw 1/root', 'fw/' + 'v'.repeat(40)])
    assert.equal(parseFortinetScope(bad), undefined, bad);
});
