import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import type { EstateFile } from '../../../emulator/estate-file.js';
import type { FortinetEstateDocument } from '../../../emulator/fortinet/index.js';
import { fortinetEnv, type FortinetEnv } from '../../../test-support/fortinet-env.js';
import { exposure } from '../exposure.js';

/*
 * A crafted estate written by hand: FortiGate `edge/root` forwards 198.51.100.10:443 (VIP web) to app-1's internal
 * IP 10.0.0.5 and 198.51.100.11:443 (VIP locked) to app-2's 10.0.0.6, each by an accept policy from the WAN port
 * without source NAT. GCP lets 443 in from anywhere to tag `web` (app-1) but only from 10.0.0.0/8 to tag `locked`
 * (app-2): app-1 is exposed, app-2 is blocked by its GCP firewall. With `nat enable` on the second policy the VM
 * sees the FortiGate's LAN address 10.0.0.1, and app-2 becomes exposed.
 */
const project = `fgexp-${randomBytes(3).toString('hex')}`;
const G = 'https://www.googleapis.com/compute/v1/projects';
const ref = (...names: string[]) => names.map((name) => ({ name, q_origin_key: name }));

function gcpEstate(): EstateFile {
  const vpc = `${G}/${project}/global/networks/vpc`;
  const vm = (name: string, ip: string, tag: string) => ({
    name,
    zone: 'us-central1-a',
    status: 'RUNNING',
    tags: { items: [tag] },
    networkInterfaces: [{ name: 'nic0', network: vpc, networkIP: ip, accessConfigs: [] }],
  });
  const rule = (name: string, tag: string, sourceRanges: string[]) => ({
    name,
    network: vpc,
    direction: 'INGRESS',
    priority: 1000,
    sourceRanges,
    targetTags: [tag],
    allowed: [{ IPProtocol: 'tcp', ports: ['443'] }],
  });
  return {
    projects: [
      {
        id: project,
        zones: ['us-central1-a'],
        resources: {
          networks: [{ name: 'vpc', autoCreateSubnetworks: false }],
          instances: [vm('app-1', '10.0.0.5', 'web'), vm('app-2', '10.0.0.6', 'locked')],
          firewalls: [
            rule('allow-https', 'web', ['0.0.0.0/0']),
            rule('allow-internal', 'locked', ['10.0.0.0/8']),
          ],
        },
      },
    ],
  } as EstateFile;
}

const policy = (policyid: number, vip: string, nat: 'enable' | 'disable') => ({
  policyid,
  name: `in-${vip}`,
  status: 'enable',
  action: 'accept',
  srcintf: ref('port1'),
  dstintf: ref('port2'),
  srcaddr: ref('all'),
  dstaddr: ref(vip),
  service: ref('HTTPS'),
  schedule: 'always',
  nat,
});

const fortigate: FortinetEstateDocument = {
  devices: [
    {
      name: 'edge',
      interfaces: [
        { name: 'port1', vdom: 'root', ip: '192.0.2.2 255.255.255.0', role: 'wan' },
        { name: 'port2', vdom: 'root', ip: '10.0.0.1 255.255.255.0', role: 'lan' },
      ],
      vdoms: {
        root: {
          'firewall/address': [{ name: 'all', type: 'ipmask', subnet: '0.0.0.0 0.0.0.0' }],
          'firewall/vip': [
            {
              name: 'web',
              type: 'static-nat',
              extip: '198.51.100.10',
              mappedip: [{ range: '10.0.0.5' }],
              extintf: 'port1',
              portforward: 'enable',
              protocol: 'tcp',
              extport: '443',
              mappedport: '443',
            },
            {
              name: 'locked',
              type: 'static-nat',
              extip: '198.51.100.11',
              mappedip: [{ range: '10.0.0.6' }],
              extintf: 'port1',
              portforward: 'enable',
              protocol: 'tcp',
              extport: '443',
              mappedport: '443',
            },
          ],
          'firewall.service/custom': [{ name: 'HTTPS', protocol: 'TCP/UDP/SCTP', 'tcp-portrange': '443' }],
          'firewall/policy': [policy(1, 'web', 'disable'), policy(2, 'locked', 'disable')],
        },
      },
    },
  ],
};

let env: FortinetEnv;

before(async () => {
  env = await fortinetEnv({ fortinet: { estate: fortigate }, gcp: { estate: gcpEstate() } });
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
  await env.fortinet.control.upsert('edge', 'root', 'firewall/policy', policy(2, 'locked', 'enable'));
  assert.equal((await env.sync('edge/root')).status, 'ok');
  assert.deepEqual(await fortigateRows(), [
    'app-1 198.51.100.10 fortigate edge/root vip web tcp/443 policy 1 in-web@1',
    'app-2 198.51.100.11 fortigate edge/root vip locked tcp/443 policy 2 in-locked@2',
  ]);
  assert.deepEqual(await fortigateRows(before), [
    'app-1 198.51.100.10 fortigate edge/root vip web tcp/443 policy 1 in-web@1',
  ]);
});
