import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ExposureEstate } from './estate.js';
import { evaluateExposure } from './evaluate-exposure.js';
import { estate, fr, fw, vm } from './testing-estate.js';

const open = fw('open', { sourceRanges: ['0.0.0.0/0'], allowed: [{ IPProtocol: 'tcp' }] });
const mig = 'projects/p/zones/z/instanceGroups/web-mig';
const unmanaged = 'projects/p/zones/z/instanceGroups/hand-built';
const base = {
  instances: [
    vm('game-1'),
    vm('mig-a', { createdBy: 'projects/123/zones/z/instanceGroupManagers/web-mig' }),
    vm('hand-1'),
    vm('hand-2'),
  ],
  firewalls: [open],
  managers: { 'p/z/web-mig': mig },
  instanceGroups: { [mig]: ['http:8080'], [unmanaged]: ['http:9000'] },
  groupMembers: {
    [unmanaged]: [
      'https://www.googleapis.com/compute/v1/projects/p/zones/z/instances/hand-1',
      'projects/p/zones/z/instances/hand-2',
    ],
  },
  backendServices: {
    'projects/p/global/backendServices/tls-bs': { groups: [mig], portName: 'http' },
    'projects/p/global/backendServices/tcp-bs': { groups: [unmanaged], portName: 'http' },
    'projects/p/global/backendServices/w-bs': { groups: [unmanaged], portName: 'http' },
    'projects/p/global/backendServices/neg-bs': {
      groups: ['projects/p/zones/z/networkEndpointGroups/neg'],
      portName: null,
    },
  },
  targetInstances: { 'projects/p/zones/z/targetInstances/ti': 'projects/p/zones/z/instances/game-1' },
  serviceProxies: {
    'projects/p/global/targetSslProxies/tls': 'projects/p/global/backendServices/tls-bs',
    'projects/p/global/targetTcpProxies/tcp': 'projects/p/global/backendServices/tcp-bs',
  },
  proxies: { 'projects/p/global/targetHttpsProxies/split': 'projects/p/global/urlMaps/split' },
  urlMaps: { 'projects/p/global/urlMaps/split': ['projects/p/global/backendServices/w-bs'] },
};
const global = { location: 'global', scheme: 'EXTERNAL_MANAGED' };

function answer(rules: ReturnType<typeof fr>[]) {
  const e: ExposureEstate = estate({ ...base, forwardingRules: rules });
  const { rows, notes } = evaluateExposure(e);
  return {
    rows: rows.map((r) => `${r.instance_name} ${r.address} ${r.via} ${r.protocol}/${r.ports}`),
    notes: notes.filter((n) => n.startsWith('forwarding rule')),
  };
}

const cases: { name: string; rules: ReturnType<typeof fr>[]; rows: string[]; notes?: RegExp[] }[] = [
  {
    name: 'protocol forwarding to a target instance reaches its VM on the rule’s ports',
    rules: [
      fr('pf', {
        ipAddress: '35.1.1.1',
        portRange: '8443-8443',
        target: 'projects/p/zones/z/targetInstances/ti',
      }),
    ],
    rows: ['game-1 35.1.1.1 forwarding rule pf tcp/8443'],
  },
  {
    name: 'a global SSL proxy reaches its backend service’s managed group on the named port',
    rules: [
      fr('tls', {
        ...global,
        ipAddress: '35.2.2.2',
        portRange: '993-993',
        target: 'projects/p/global/targetSslProxies/tls',
      }),
    ],
    rows: ['mig-a 35.2.2.2 forwarding rule tls tcp/8080'],
  },
  {
    name: 'a global TCP proxy reaches the listed members of an unmanaged group',
    rules: [
      fr('tcp', {
        ...global,
        ipAddress: '35.3.3.3',
        portRange: '5222-5222',
        target: 'projects/p/global/targetTcpProxies/tcp',
      }),
    ],
    rows: ['hand-1 35.3.3.3 forwarding rule tcp tcp/9000', 'hand-2 35.3.3.3 forwarding rule tcp tcp/9000'],
  },
  {
    name: 'an HTTPS proxy whose URL map splits traffic reaches the weighted service’s members',
    rules: [
      fr('split', {
        ...global,
        ipAddress: '35.4.4.4',
        portRange: '443-443',
        target: 'projects/p/global/targetHttpsProxies/split',
      }),
    ],
    rows: [
      'hand-1 35.4.4.4 forwarding rule split tcp/9000',
      'hand-2 35.4.4.4 forwarding rule split tcp/9000',
    ],
  },
  {
    name: 'a classic VPN gateway ends the chain without a note',
    rules: [
      fr('vpn', {
        ipAddress: '35.5.5.5',
        ipProtocol: 'ESP',
        target: 'projects/p/regions/r/targetVpnGateways/gw',
      }),
    ],
    rows: [],
  },
  {
    name: 'every link that cannot be followed is a note naming it',
    rules: [
      fr('no-proxy', {
        ...global,
        ipAddress: '35.6.6.1',
        target: 'projects/p/global/targetHttpProxies/gone',
      }),
      fr('no-ssl', { ...global, ipAddress: '35.6.6.2', target: 'projects/p/global/targetSslProxies/gone' }),
      fr('nowhere', { ipAddress: '35.6.6.3' }),
      fr('no-ti', { ipAddress: '35.6.6.4', target: 'projects/p/zones/z/targetInstances/gone' }),
      fr('no-pool', { ipAddress: '35.6.6.5', target: 'projects/p/regions/r/targetPools/gone' }),
      fr('no-bs', { ipAddress: '35.6.6.6', backendService: 'projects/p/regions/r/backendServices/gone' }),
      fr('neg', { ...global, ipAddress: '35.6.6.7', target: 'projects/p/global/targetTcpProxies/neg' }),
      fr('regional', { ipAddress: '35.6.6.8', target: 'projects/p/regions/r/targetTcpProxies/tcp' }),
    ],
    rows: [],
    notes: [
      /p\/no-proxy: target proxy projects\/p\/global\/targetHttpProxies\/gone is not in the store/,
      /p\/no-ssl: target proxy projects\/p\/global\/targetSslProxies\/gone is not in the store/,
      /p\/nowhere: it names neither a target nor a backend service/,
      /p\/no-ti: target instance projects\/p\/zones\/z\/targetInstances\/gone is not in the store/,
      /p\/no-pool: target pool projects\/p\/regions\/r\/targetPools\/gone is not in the store/,
      /p\/no-bs: backend service projects\/p\/regions\/r\/backendServices\/gone is not in the store/,
      /p\/neg: target proxy projects\/p\/global\/targetTcpProxies\/neg is not in the store/,
      /p\/regional: regional external proxy load balancers \(targetTcpProxies/,
    ],
  },
];

for (const c of cases)
  test(c.name, () => {
    const got = answer(c.rules);
    assert.deepEqual(got.rows, c.rows);
    const expected = c.notes ?? [];
    assert.equal(got.notes.length, expected.length, got.notes.join('\n'));
    expected.forEach((pattern, i) => assert.match(got.notes[i]!, pattern));
  });

test('an unmanaged group without a member list, a NEG, and a member not in the store are each named', () => {
  const e = estate({
    ...base,
    groupMembers: { [unmanaged]: ['projects/p/zones/z/instances/deleted-vm'] },
    backendServices: {
      ...base.backendServices,
      'projects/p/regions/r/backendServices/bs': {
        groups: ['projects/p/zones/z/instanceGroups/unlisted', unmanaged],
        portName: null,
      },
    },
    forwardingRules: [
      fr('nlb', { ipAddress: '35.7.7.7', backendService: 'projects/p/regions/r/backendServices/bs' }),
      fr('api', { ...global, ipAddress: '35.7.7.8', target: 'projects/p/global/targetHttpsProxies/api' }),
    ],
    proxies: { 'projects/p/global/targetHttpsProxies/api': 'projects/p/global/urlMaps/api' },
    urlMaps: { 'projects/p/global/urlMaps/api': ['projects/p/global/backendServices/neg-bs'] },
  });
  const notes = evaluateExposure(e).notes.filter((n) => n.startsWith('forwarding rule'));
  assert.deepEqual(notes, [
    'forwarding rule p/nlb: the member list of instance group projects/p/zones/z/instanceGroups/unlisted is not in the store, so what it leads to is unknown',
    'forwarding rule p/nlb: instance projects/p/zones/z/instances/deleted-vm (member of projects/p/zones/z/instanceGroups/hand-built) is not in the store, so what it leads to is unknown',
    'forwarding rule p/api: endpoints of network endpoint group projects/p/zones/z/networkEndpointGroups/neg are not ingested, so its backends are unknown',
  ]);
});
