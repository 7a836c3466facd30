import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generateFortinetEstate, type EmulatedVdom } from './fortinet-estate.js';
import { estateFromDocument, FortinetEstateError } from './fortinet-estate-file.js';
import { FortinetEmulatorState } from './fortinet-state.js';

const names = (refs: unknown) => (refs as { name: string }[]).map((r) => r.name);

/** Every name a policy, group or VIP group references exists in its VDOM (or is a built-in FortiOS name). */
function dangling(v: EmulatedVdom, interfaces: Set<string>): string[] {
  const t = v.tables;
  const has = (table: keyof EmulatedVdom['tables']) => new Set(t[table].map((o) => o.name as string));
  const addresses = new Set([
    ...has('firewall/address'),
    ...has('firewall/addrgrp'),
    ...has('firewall/vip'),
    ...has('firewall/vipgrp'),
  ]);
  const services = new Set([...has('firewall.service/custom'), ...has('firewall.service/group')]);
  const out: string[] = [];
  for (const p of t['firewall/policy']) {
    for (const n of [...names(p.srcaddr), ...names(p.dstaddr)])
      if (!addresses.has(n)) out.push(`policy ${String(p.policyid)} address ${n}`);
    for (const n of names(p.service))
      if (!services.has(n)) out.push(`policy ${String(p.policyid)} service ${n}`);
    for (const n of [...names(p.srcintf), ...names(p.dstintf)])
      if (!interfaces.has(n)) out.push(`policy ${String(p.policyid)} interface ${n}`);
  }
  for (const g of t['firewall/addrgrp'])
    for (const n of names(g.member)) if (!addresses.has(n)) out.push(`addrgrp ${String(g.name)} ${n}`);
  for (const g of t['firewall.service/group'])
    for (const n of names(g.member)) if (!services.has(n)) out.push(`service group ${String(g.name)} ${n}`);
  return out;
}

test('a generated estate is the same for the same seed, and differs for another', () => {
  const options = { seed: 's', devices: 2, vdomsPerDevice: 2, policiesPerVdom: 50 };
  assert.deepStrictEqual(generateFortinetEstate(options), generateFortinetEstate(options));
  assert.notDeepStrictEqual(
    generateFortinetEstate(options),
    generateFortinetEstate({ ...options, seed: 't' }),
  );
});

test('every reference of a generated estate resolves, before and after mutation rounds', () => {
  const state = new FortinetEmulatorState(
    generateFortinetEstate({ seed: 'refs', devices: 2, vdomsPerDevice: 2, policiesPerVdom: 120 }),
    't',
  );
  for (let round = 0; round <= 5; round++) {
    if (round) state.mutate();
    for (const device of state.estate.devices) {
      const interfaces = new Set(device.interfaces.map((i) => i.name));
      for (const [vdom, v] of Object.entries(device.vdoms))
        assert.deepEqual(dangling(v, interfaces), [], `round ${round} ${device.name}/${vdom}`);
    }
  }
});

test('the policy sequence is not the id order, and a mutation round changes it, deletes and creates', () => {
  const state = new FortinetEmulatorState(
    generateFortinetEstate({ seed: 'seq', devices: 1, vdomsPerDevice: 1, policiesPerVdom: 30 }),
    't',
  );
  const before = state.truth().scopes['fw-1/root']!.sequence.policyids;
  assert.notDeepEqual(
    before,
    [...before].sort((a, b) => a - b),
  );
  const result = state.mutate();
  const after = state.truth().scopes['fw-1/root']!.sequence.policyids;
  assert.ok(result.created > 0 && result.deleted > 0 && result.changed > 0);
  assert.notDeepEqual(after, before);
  assert.equal(new Set(after).size, after.length, 'policy ids stay unique');
});

test('an estate file is served as written, and a bad one is refused naming the row', () => {
  const estate = estateFromDocument({
    devices: [
      {
        name: 'edge',
        vdoms: {
          root: {
            'firewall/vip': [{ name: 'web', extip: '198.51.100.1', mappedip: [{ range: '10.0.0.5' }] }],
          },
        },
      },
    ],
  });
  assert.deepStrictEqual(estate.devices[0]!.vdoms.root!.tables['firewall/vip'], [
    { name: 'web', extip: '198.51.100.1', mappedip: [{ range: '10.0.0.5' }], q_origin_key: 'web' },
  ]);
  assert.throws(
    () =>
      estateFromDocument({
        devices: [{ name: 'edge', vdoms: { root: { 'firewall/policy': [{ name: 'no id' }] } } }],
      }),
    (e: unknown) => e instanceof FortinetEstateError && /firewall\/policy\[0\]: 'policyid'/.test(e.message),
  );
  assert.throws(
    () =>
      estateFromDocument({ devices: [{ name: 'edge', vdoms: { root: { 'firewall/nope': [] } as never } }] }),
    /unknown table 'firewall\/nope'/,
  );
});
