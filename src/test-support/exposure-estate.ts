import type { EstateFile } from '../emulator/estate-file.js';

const ZONE = 'us-central1-a';
const REGION = 'us-central1';
const G = 'https://www.googleapis.com/compute/v1/projects';

/**
 * A crafted estate for exposure tests: five instances (public web, public db, internal, a target-pool backend, a
 * managed-group backend behind a global HTTPS load balancer) and firewall rules exercising tags, service
 * accounts, a deny/allow tie, private and Google Front End sources, a global network firewall policy rule
 * targeting web-1's service account. `exposureExpected` is the answer written by
 * hand from Google's VPC firewall semantics.
 */
export function exposureEstate(project: string): EstateFile {
  const vpc = `${G}/${project}/global/networks/vpc`;
  const nic = (natIP?: string) => [
    {
      name: 'nic0',
      network: vpc,
      networkIP: '10.0.0.2',
      accessConfigs: natIP ? [{ type: 'ONE_TO_ONE_NAT', natIP }] : [],
    },
  ];
  const vm = (name: string, extra: Record<string, unknown>) => ({
    name,
    zone: ZONE,
    status: 'RUNNING',
    ...extra,
  });
  const sa = (email: string) => [{ email, scopes: [] }];
  const rule = (name: string, extra: Record<string, unknown>) => ({
    name,
    network: vpc,
    direction: 'INGRESS',
    priority: 1000,
    ...extra,
  });
  const tcp = (...ports: string[]) => [{ IPProtocol: 'tcp', ports }];
  return {
    projects: [
      {
        id: project,
        zones: [ZONE],
        resources: {
          networks: [{ name: 'vpc', autoCreateSubnetworks: false }],
          instances: [
            vm('web-1', {
              tags: { items: ['web'] },
              serviceAccounts: sa(`app@${project}.iam.gserviceaccount.com`),
              networkInterfaces: nic('34.10.0.1'),
            }),
            vm('db-1', { tags: { items: ['db'] }, networkInterfaces: nic('34.10.0.2') }),
            vm('internal-1', { tags: { items: ['web'] }, networkInterfaces: nic() }),
            vm('pool-1', {
              serviceAccounts: sa(`pool@${project}.iam.gserviceaccount.com`),
              networkInterfaces: nic(),
            }),
            vm('mig-1', {
              tags: { items: ['mig'] },
              networkInterfaces: nic(),
              metadata: {
                items: [
                  {
                    key: 'created-by',
                    value: `projects/123456789/zones/${ZONE}/instanceGroupManagers/web-mig`,
                  },
                ],
              },
            }),
          ],
          firewalls: [
            rule('allow-web', {
              sourceRanges: ['0.0.0.0/0'],
              targetTags: ['web'],
              allowed: tcp('80', '443'),
            }),
            rule('allow-ssh-office', { sourceRanges: ['81.2.69.0/24'], allowed: tcp('22') }),
            rule('deny-ssh-db', { sourceRanges: ['0.0.0.0/0'], targetTags: ['db'], denied: tcp('22') }),
            rule('allow-internal', { sourceRanges: ['10.0.0.0/8'], allowed: [{ IPProtocol: 'all' }] }),
            rule('allow-pool', {
              sourceRanges: ['0.0.0.0/0'],
              targetServiceAccounts: [`pool@${project}.iam.gserviceaccount.com`],
              allowed: tcp('8443'),
            }),
            rule('allow-gfe', {
              sourceRanges: ['130.211.0.0/22', '35.191.0.0/16'],
              targetTags: ['mig'],
              allowed: tcp('8080'),
            }),
            rule('egress-all', {
              direction: 'EGRESS',
              destinationRanges: ['0.0.0.0/0'],
              allowed: [{ IPProtocol: 'all' }],
            }),
          ],
          instanceGroups: [
            { name: 'web-mig', zone: ZONE, network: vpc, namedPorts: [{ name: 'http', port: 8080 }] },
          ],
          instanceGroupManagers: [
            {
              name: 'web-mig',
              zone: ZONE,
              baseInstanceName: 'mig',
              targetSize: 1,
              instanceGroup: `${G}/${project}/zones/${ZONE}/instanceGroups/web-mig`,
            },
          ],
          targetPools: [
            { name: 'pool', region: REGION, instances: [`${G}/${project}/zones/${ZONE}/instances/pool-1`] },
          ],
          forwardingRules: [
            {
              name: 'nlb',
              region: REGION,
              IPAddress: '35.20.0.1',
              IPProtocol: 'TCP',
              portRange: '8443-8443',
              loadBalancingScheme: 'EXTERNAL',
              target: `${G}/${project}/regions/${REGION}/targetPools/pool`,
            },
          ],
          globalForwardingRules: [
            {
              name: 'alb',
              IPAddress: '35.20.0.2',
              IPProtocol: 'TCP',
              portRange: '443-443',
              loadBalancingScheme: 'EXTERNAL_MANAGED',
              target: `${G}/${project}/global/targetHttpsProxies/px`,
            },
          ],
          networkFirewallPolicies: [
            {
              name: 'np',
              associations: [{ name: 'np-vpc', attachmentTarget: vpc }],
              rules: [
                {
                  priority: 100,
                  action: 'allow',
                  direction: 'INGRESS',
                  targetServiceAccounts: [`app@${project}.iam.gserviceaccount.com`],
                  match: {
                    srcIpRanges: ['0.0.0.0/0'],
                    layer4Configs: [{ ipProtocol: 'tcp', ports: ['9443'] }],
                  },
                },
              ],
            },
          ],
          targetHttpsProxies: [{ name: 'px', urlMap: `${G}/${project}/global/urlMaps/um` }],
          urlMaps: [{ name: 'um', defaultService: `${G}/${project}/global/backendServices/web-bs` }],
          backendServices: [
            {
              name: 'web-bs',
              loadBalancingScheme: 'EXTERNAL_MANAGED',
              protocol: 'HTTP',
              portName: 'http',
              backends: [{ group: `${G}/${project}/zones/${ZONE}/instanceGroups/web-mig` }],
            },
          ],
        },
      },
    ],
  };
}

/** The exposure of exposureEstate, by hand: `instance address via protocol/ports rule@priority`. */
export const exposureExpected = [
  'mig-1 35.20.0.2 forwarding rule alb tcp/8080 allow-gfe@1000',
  'pool-1 35.20.0.1 forwarding rule nlb tcp/8443 allow-pool@1000',
  'web-1 34.10.0.1 direct IP tcp/22 allow-ssh-office@1000',
  'web-1 34.10.0.1 direct IP tcp/80 allow-web@1000',
  'web-1 34.10.0.1 direct IP tcp/443 allow-web@1000',
  'web-1 34.10.0.1 direct IP tcp/9443 rule 100@100',
];

/** After `deny-ssh-db` is disabled: db-1 is reachable on 22 from the office range. */
export const exposureExpectedAfter = [
  'db-1 34.10.0.2 direct IP tcp/22 allow-ssh-office@1000',
  ...exposureExpected,
];

/** A row in the form the expectations are written in. */
export function exposureLine(r: {
  instance_name: string;
  address: string;
  via: string;
  protocol: string;
  ports: string;
  rule_name: string;
  rule_priority: number;
}): string {
  return `${r.instance_name} ${r.address} ${r.via} ${r.protocol}/${r.ports} ${r.rule_name}@${r.rule_priority}`;
}
