import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import type { EstateFile } from '../../emulator/estate-file.js';
import { ingestEnv, type IngestEnv } from '../../test-support/ingest-env.js';
import { exposure } from './exposure.js';

const project = `expug-${randomBytes(3).toString('hex')}`;
const ZONE = 'us-central1-a';
const P = `https://www.googleapis.com/compute/v1/projects/${project}`;

/**
 * A hand-built global HTTP load balancer: a URL map that only splits traffic (`weightedBackendServices`) to a
 * backend service over an unmanaged group of two VMs without external addresses, and a rule allowing Google's
 * front ends on the group's named port. Google sends the front ends' connections to both VMs on tcp/8080.
 */
const estate: EstateFile = {
  projects: [
    {
      id: project,
      zones: [ZONE],
      resources: {
        networks: [{ name: 'vpc', autoCreateSubnetworks: false }],
        instances: ['hand-1', 'hand-2', 'other-1'].map((name, i) => ({
          name,
          zone: ZONE,
          status: 'RUNNING',
          networkInterfaces: [
            { name: 'nic0', network: `${P}/global/networks/vpc`, networkIP: `10.0.0.${i + 2}` },
          ],
        })),
        instanceGroups: [
          {
            name: 'hand-built',
            zone: ZONE,
            network: `${P}/global/networks/vpc`,
            namedPorts: [{ name: 'http', port: 8080 }],
            members: ['hand-1', 'hand-2'],
          },
        ],
        firewalls: [
          {
            name: 'allow-gfe',
            network: `${P}/global/networks/vpc`,
            direction: 'INGRESS',
            priority: 1000,
            sourceRanges: ['130.211.0.0/22', '35.191.0.0/16'],
            allowed: [{ IPProtocol: 'tcp', ports: ['8080'] }],
          },
        ],
        backendServices: [
          {
            name: 'bs-w',
            loadBalancingScheme: 'EXTERNAL_MANAGED',
            protocol: 'HTTP',
            portName: 'http',
            backends: [{ group: `${P}/zones/${ZONE}/instanceGroups/hand-built` }],
          },
        ],
        urlMaps: [
          {
            name: 'split',
            defaultRouteAction: {
              weightedBackendServices: [{ backendService: `${P}/global/backendServices/bs-w`, weight: 100 }],
            },
          },
        ],
        targetHttpProxies: [{ name: 'split-proxy', urlMap: `${P}/global/urlMaps/split` }],
        globalForwardingRules: [
          {
            name: 'web',
            IPAddress: '34.120.0.1',
            IPProtocol: 'TCP',
            portRange: '80-80',
            loadBalancingScheme: 'EXTERNAL_MANAGED',
            target: `${P}/global/targetHttpProxies/split-proxy`,
          },
        ],
      },
    },
  ],
};

let env: IngestEnv;
before(async () => {
  env = await ingestEnv({ emulator: { estate } });
});
after(() => env?.close());

test('a global LB whose URL map only splits traffic, over an unmanaged group, exposes the group’s members', async () => {
  await (await env.inventory({ projectIds: [project] })).result();
  const { rows, notes } = await exposure(env.db.store.db, { project });
  assert.deepEqual(
    rows.map((r) => `${r.instance_name} ${r.address} ${r.via} ${r.protocol}/${r.ports} ${r.rule_name}`),
    [
      'hand-1 34.120.0.1 forwarding rule web tcp/8080 allow-gfe',
      'hand-2 34.120.0.1 forwarding rule web tcp/8080 allow-gfe',
    ],
  );
  assert.deepEqual(
    notes.filter((n) => n.startsWith('forwarding rule')),
    [],
  );
});
