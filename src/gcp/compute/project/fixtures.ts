import type { compute_v1 } from '@googleapis/compute';

/** A realistic project as `projects.get` renders it (id = project number, name = project id). */
export function projectFixture(overrides: compute_v1.Schema$Project = {}): compute_v1.Schema$Project {
  return {
    kind: 'compute#project',
    id: '123456789012',
    name: 'fixture-project',
    creationTimestamp: '2023-01-01T10:00:00.000-08:00',
    selfLink: 'https://www.googleapis.com/compute/v1/projects/fixture-project',
    commonInstanceMetadata: {
      kind: 'compute#metadata',
      fingerprint: 'mCz9PY4k2Gk=',
      items: [
        { key: 'enable-oslogin', value: 'TRUE' },
        { key: 'ssh-keys', value: 'anna:ssh-ed25519 AAAAC3Nza… anna' },
      ],
    },
    defaultServiceAccount: '123456789012-compute@developer.gserviceaccount.com',
    xpnProjectStatus: 'HOST',
    defaultNetworkTier: 'PREMIUM',
    ...overrides,
  };
}
