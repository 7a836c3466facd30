import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Secret } from './secret.js';
import { resolveVaultLogin, type VaultConnection } from './vault-login.js';

function login(fields: Record<string, string>, shared?: VaultConnection) {
  const problems: string[] = [];
  const connection = resolveVaultLogin(
    (f) => fields[f],
    (f, m) => problems.push(`${f}: ${m}`),
    shared,
  );
  return { connection, problems };
}

const shared: VaultConnection = {
  address: 'https://vault.example.net',
  namespace: 'team',
  auth: { method: 'token', token: new Secret('hvs.shared-token-1234') },
};

test('a token login: the address without its trailing slash, the token kept as a Secret', () => {
  const { connection, problems } = login({ address: 'https://v.example.net/', token: 'hvs.abcdefgh1234' });
  assert.deepEqual(problems, []);
  assert.equal(connection?.address, 'https://v.example.net');
  assert.equal(connection?.auth.method, 'token');
  assert.ok(!JSON.stringify(connection).includes('hvs.abcdefgh1234'));
});

test('AppRole needs both roleId and secretId, and names the missing one', () => {
  const ok = login({ address: 'https://v', roleId: 'r-1', secretId: 's-abcdefgh1234', authMount: '/ar/' });
  assert.deepEqual(ok.problems, []);
  assert.equal(ok.connection?.auth.method === 'approle' && ok.connection.auth.mount, 'ar');
  const half = login({ address: 'https://v', roleId: 'r-1' });
  assert.equal(half.connection, undefined);
  assert.deepEqual(half.problems, ['secretId: required for AppRole auth (roleId is set)']);
});

test('what a section leaves out comes from the shared connection; what it sets wins', () => {
  assert.deepEqual(login({}, shared).connection, shared);
  const own = login({ address: 'https://other.example.net' }, shared).connection;
  assert.equal(own?.address, 'https://other.example.net');
  assert.equal(own?.auth, shared.auth);
  assert.equal(own?.namespace, 'team');
});

test('no address and no login, with nothing shared: a problem for each, no connection', () => {
  const { connection, problems } = login({});
  assert.equal(connection, undefined);
  assert.equal(problems.length, 2);
  assert.match(problems[0]!, /^address: required/);
  assert.match(problems[1]!, /^token: Vault needs a token, or roleId \+ secretId/);
  assert.match(login({ address: 'vault:8200', token: 'hvs.abcdefgh1234' }).problems[0]!, /http\(s\) URL/);
});
