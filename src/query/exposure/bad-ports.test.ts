import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ExposureEstate } from './estate.js';
import { evaluateExposure } from './evaluate-exposure.js';
import { estate, fr, fw, policyOf, policyRuleOf, publicVm, VPC_URL } from './testing-estate.js';

/**
 * Google refuses a firewall port entry that is not `N` or `N-M` (0–65535), so a stored one cannot be enforced as
 * written: it matches no port (neither every port nor the parseable prefix), the rest of the rule still counts,
 * and the answer carries a note naming the rule and the entry. Expectations written by hand from that rule.
 */
const ANY = ['0.0.0.0/0'];
const web = publicVm('web', '34.1.1.1');

function answer(e: ExposureEstate): { rows: string[]; notes: string[] } {
  const result = evaluateExposure(e);
  return {
    rows: result.rows.map((r) => `${r.instance_name} ${r.protocol}/${r.ports} ${r.rule_name}`),
    notes: result.notes.filter((n) => n.includes('not a port or range')),
  };
}

test('an allow with bad port entries exposes only its good ones and names the bad ones', () => {
  const got = answer(
    estate({
      instances: [web],
      firewalls: [
        fw('mixed', { sourceRanges: ANY, allowed: [{ IPProtocol: 'tcp', ports: ['80-', 'abc', '443'] }] }),
      ],
    }),
  );
  assert.deepEqual(got.rows, ['web tcp/443 mixed']);
  assert.equal(got.notes.length, 1);
  assert.match(got.notes[0]!, /^rule mixed in p has port entries/);
  assert.match(got.notes[0]!, /allowed\[0\]\.ports\[0\] "80-", allowed\[0\]\.ports\[1\] "abc"/);
  assert.match(got.notes[0]!, /not listed as exposed/);
});

test('an allow whose every port entry is bad is not widened to every port', () => {
  for (const ports of [['abc'], ['70000'], ['90-80'], ['-1'], ['1e3'], ['']]) {
    const got = answer(
      estate({
        instances: [web],
        firewalls: [fw('bad', { sourceRanges: ANY, allowed: [{ IPProtocol: 'tcp', ports }] })],
      }),
    );
    assert.deepEqual(got.rows, [], ports[0]);
    assert.equal(got.notes.length, 1, ports[0]);
    assert.ok(got.notes[0]!.includes(JSON.stringify(ports[0])), got.notes[0]);
  }
});

test('a deny with a bad port entry does not cover that traffic, and says so', () => {
  const got = answer(
    estate({
      instances: [web],
      firewalls: [
        fw('deny-ssh', { priority: 100, sourceRanges: ANY, denied: [{ IPProtocol: 'tcp', ports: ['22-'] }] }),
        fw('allow-ssh', { sourceRanges: ANY, allowed: [{ IPProtocol: 'tcp', ports: ['22'] }] }),
      ],
    }),
  );
  assert.deepEqual(got.rows, ['web tcp/22 allow-ssh']);
  assert.equal(got.notes.length, 1);
  assert.match(got.notes[0]!, /^rule deny-ssh in p .*denied\[0\]\.ports\[0\] "22-".*not counted as denied/);
});

test('a policy rule with a bad layer4Configs port is named with its level', () => {
  const got = answer(
    estate({
      instances: [web],
      policies: [policyOf('network', 'p', 'np', [VPC_URL], [policyRuleOf(100, 'allow', ['8080', 'x'])])],
    }),
  );
  assert.deepEqual(got.rows, ['web tcp/8080 rule 100']);
  assert.equal(got.notes.length, 1);
  assert.match(
    got.notes[0]!,
    /^rule network policy np rule 100 in p .*match\.layer4Configs\[0\]\.ports\[1\] "x"/,
  );
});

test('ports on a protocol without ports, and well-formed ports, give no note', () => {
  const got = answer(
    estate({
      instances: [web],
      firewalls: [
        fw('ok', { sourceRanges: ANY, allowed: [{ IPProtocol: 'tcp', ports: ['22', '8000-8080'] }] }),
        fw('icmp', { sourceRanges: ANY, allowed: [{ IPProtocol: 'icmp' }] }),
      ],
    }),
  );
  assert.deepEqual(got.notes, []);
});

test('a forwarding rule with a bad port is named, and counts as open on every port when none is good', () => {
  const pool = 'https://www.googleapis.com/compute/v1/projects/p/regions/r/targetPools/pool';
  const e = estate({
    instances: [web],
    firewalls: [fw('all-tcp', { sourceRanges: ANY, allowed: [{ IPProtocol: 'tcp' }] })],
    forwardingRules: [fr('lb', { ipAddress: '35.1.1.1', portRange: '80-', target: pool })],
    targetPools: { [pool]: ['https://www.googleapis.com/compute/v1/projects/p/zones/z/instances/web'] },
  });
  const result = evaluateExposure(e);
  const viaLb = result.rows
    .filter((r) => r.via === 'forwarding rule lb')
    .map((r) => `${r.protocol}/${r.ports}`);
  assert.deepEqual(viaLb, ['tcp/all']);
  assert.ok(
    result.notes.some((n) => n.startsWith('forwarding rule lb in p has ports') && n.includes('"80-"')),
  );
});
