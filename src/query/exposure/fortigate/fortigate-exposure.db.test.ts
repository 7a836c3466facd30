import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import {
  fortigateEstate,
  fortigateGcpEstate,
  fortigatePolicy,
} from '../../../test-support/fortigate-exposure-estate.js';
import { fortinetEnv, type FortinetEnv } from '../../../test-support/fortinet-env.js';
import { exposure } from '../exposure.js';

const project = `fgexp-${randomBytes(3).toString('hex')}`;

let env: FortinetEnv;

before(async () => {
  env = await fortinetEnv({
    fortinet: { estate: fortigateEstate('edge') },
    gcp: { estate: fortigateGcpEstate(project) },
  });
});
after(() => env?.close());

const line = (r: {
  instance_name: string;
  address: string;
  via: string;
  protocol: string;
  ports: string;
  rule_name: string;
  rule_priority: number;
}) => `${r.instance_name} ${r.address} ${r.via} ${r.protocol}/${r.ports} ${r.rule_name}@${r.rule_priority}`;

async function fortigateRows(at?: Date): Promise<string[]> {
  const result = await exposure(env.db.store.db, { project, ...(at && { asOf: at }) });
  return result.rows.filter((r) => r.via.startsWith('fortigate')).map(line);
}

test('a VIP reaches a GCP VM through its firewall, another is blocked by it; with source NAT it is not; as of a time, the answer before', async () => {
  assert.equal((await env.syncGcp(project)).status, 'ok');
  assert.equal((await env.sync('edge/root')).status, 'ok');
  assert.deepEqual(await fortigateRows(), [
    'app-1 198.51.100.10 fortigate edge/root vip web tcp/443 policy 1 in-web@1',
  ]);
  const notes = (await exposure(env.db.store.db, { project })).notes;
  assert.ok(
    notes.some((n) => n.includes('vip locked') && n.includes('app-2') && n.includes('lets none of it in')),
    notes.join('\n'),
  );
  const before = new Date();
  await new Promise((r) => setTimeout(r, 50));
  await env.fortinet.control.upsert(
    'edge',
    'root',
    'firewall/policy',
    fortigatePolicy(2, 'locked', 'enable'),
  );
  assert.equal((await env.sync('edge/root')).status, 'ok');
  assert.deepEqual(await fortigateRows(), [
    'app-1 198.51.100.10 fortigate edge/root vip web tcp/443 policy 1 in-web@1',
    'app-2 198.51.100.11 fortigate edge/root vip locked tcp/443 policy 2 in-locked@2',
  ]);
  assert.deepEqual(await fortigateRows(before), [
    'app-1 198.51.100.10 fortigate edge/root vip web tcp/443 policy 1 in-web@1',
  ]);
});
