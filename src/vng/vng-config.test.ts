import assert from 'node:assert/strict';
import { test } from 'node:test';
import { configuredVngScopes, parseVngSection } from './vng-config.js';
import { vngScopeProblem } from './scope.js';

const base = { clientId: 'sa-1', clientSecret: { tokenEnv: 'VNG_SECRET' }, projects: ['pro-a1'] };

test('defaults: VNG public endpoints, HCM-3, hotpot-ingest-vng; scopes are project × region', () => {
  const { settings, problems } = parseVngSection({ ...base, regions: ['HCM-3', 'HAN-1'] });
  assert.deepStrictEqual(problems, []);
  assert.equal(settings?.iamEndpoint, 'https://iamapis.vngcloud.vn/accounts-api');
  assert.equal(settings?.taskQueue, 'hotpot-ingest-vng');
  assert.deepStrictEqual(configuredVngScopes(settings), ['pro-a1/HCM-3', 'pro-a1/HAN-1']);
});

const bad: [string, Record<string, unknown>, string, RegExp][] = [
  ['no client id', { ...base, clientId: undefined }, 'vng.clientId', /must be set/],
  ['no secret', { ...base, clientSecret: undefined }, 'vng.clientSecret', /must be set/],
  ['no projects', { ...base, projects: [] }, 'vng.projects', /at least one/],
  ['a bad project', { ...base, projects: ['pro a'] }, 'vng.projects[0]', /not a VNG project id/],
  ['a bad region', { ...base, regions: ['hcm3'] }, 'vng.regions[0]', /not a VNG region/],
  ['page size over 100', { ...base, pageSize: 500 }, 'vng.pageSize', /1 to 100/],
  ['an unknown key', { ...base, token: 'x' }, 'vng.token', /not a vng setting/],
  [
    'plain http without the flag',
    { ...base, vserverEndpoint: 'http://127.0.0.1:9/{region}' },
    'vng.vserverEndpoint',
    /plain http/,
  ],
  [
    'plain http to another machine even with the flag',
    { ...base, iamEndpoint: 'http://iam.example.com', allowInsecureEndpoint: true },
    'vng.iamEndpoint',
    /another machine/,
  ],
];

for (const [name, raw, key, message] of bad)
  test(`vng config: ${name} is a problem naming ${key}`, () => {
    const found = parseVngSection(raw).problems.find((p) => p.key === key);
    assert.ok(found, `no problem for ${key}`);
    assert.match(found.message, message);
  });

test('plain http to loopback with the flag is accepted (an emulator)', () => {
  const { problems } = parseVngSection({
    ...base,
    iamEndpoint: 'http://127.0.0.1:9/iam',
    allowInsecureEndpoint: true,
  });
  assert.deepStrictEqual(problems, []);
});

test('scope ids: <projectId>/<region> only', () => {
  assert.equal(vngScopeProblem('pro-a1/HCM-3'), undefined);
  for (const bad of ['pro-a1', 'pro-a1/HCM-3/x', 'pro a/HCM-3', 'pro-a1/hcm3', '/HCM-3'])
    assert.ok(vngScopeProblem(bad), bad);
});
