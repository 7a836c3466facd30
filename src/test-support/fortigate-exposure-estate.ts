import type { EstateFile } from '../emulator/estate-file.js';
import type { FortinetEstateDocument } from '../emulator/fortinet/index.js';

/**
 * A crafted estate written by hand: FortiGate `edge/root` forwards 198.51.100.10:443 (VIP web) to app-1's internal
 * IP 10.0.0.5 and 198.51.100.11:443 (VIP locked) to app-2's 10.0.0.6, each by an accept policy from the WAN port
 * without source NAT. GCP lets 443 in from anywhere to tag `web` (app-1) but only from 10.0.0.0/8 to tag `locked`
 * (app-2): app-1 is exposed, app-2 is blocked by its GCP firewall. With `nat enable` on the second policy the VM
 * sees the FortiGate's LAN address 10.0.0.1, and app-2 becomes exposed.
 */
const G = 'https://www.googleapis.com/compute/v1/projects';
const ref = (...names: string[]) => names.map((name) => ({ name, q_origin_key: name }));

/** The GCP side: app-1 (10.0.0.5, tag web, 443 open to all) and app-2 (10.0.0.6, tag locked, 443 from 10.0.0.0/8). */
export function fortigateGcpEstate(project: string): EstateFile {
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

/** An inbound accept policy from the WAN port to a VIP, with or without source NAT. */
export const fortigatePolicy = (policyid: number, vip: string, nat: 'enable' | 'disable') => ({
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

/** The FortiGate side: `<device>/root` with VIPs web → 10.0.0.5:443 and locked → 10.0.0.6:443 (test files use their own device names: workflow ids are per scope). */
export const fortigateEstate = (device: string): FortinetEstateDocument => ({
  devices: [
    {
      name: device,
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
          'firewall/policy': [fortigatePolicy(1, 'web', 'disable'), fortigatePolicy(2, 'locked', 'disable')],
        },
      },
    },
  ],
});
