import type { compute_v1 } from '@googleapis/compute';

const base = 'https://www.googleapis.com/compute/v1';

/** A realistic API instance for tests; `n` makes id, name and IPs unique. */
export function instanceFixture(
  n: number,
  overrides: compute_v1.Schema$Instance = {},
  project = 'fixture-project',
  zone = 'us-central1-a',
): compute_v1.Schema$Instance {
  const name = `vm-${n}`;
  return {
    kind: 'compute#instance',
    id: String(4_000_000_000_000_000_000n + BigInt(n)),
    name,
    creationTimestamp: '2024-03-01T10:00:00.000-08:00',
    zone: `${base}/projects/${project}/zones/${zone}`,
    machineType: `${base}/projects/${project}/zones/${zone}/machineTypes/e2-standard-2`,
    status: 'RUNNING',
    cpuPlatform: 'Intel Broadwell',
    tags: { items: ['web'], fingerprint: 'FYLDgkTKlA4=' },
    labels: { env: 'prod', team: 'søk' },
    networkInterfaces: [
      {
        kind: 'compute#networkInterface',
        name: 'nic0',
        network: `${base}/projects/${project}/global/networks/default`,
        networkIP: `10.0.${Math.floor(n / 250)}.${(n % 250) + 2}`,
        accessConfigs: [
          {
            kind: 'compute#accessConfig',
            type: 'ONE_TO_ONE_NAT',
            name: 'External NAT',
            natIP: `34.1.${Math.floor(n / 250)}.${(n % 250) + 2}`,
          },
        ],
      },
    ],
    serviceAccounts: [
      {
        email: `sa@${project}.iam.gserviceaccount.com`,
        scopes: ['https://www.googleapis.com/auth/cloud-platform'],
      },
    ],
    selfLink: `${base}/projects/${project}/zones/${zone}/instances/${name}`,
    ...overrides,
  };
}
