import type { compute_v1 } from '@googleapis/compute';
import type { Prng } from '../prng.js';
import { projectUrl } from './urls.js';
import { defaultServiceAccount, randomCreationMs, rfc3339 } from './values.js';

/** The project itself as `GET projects/{p}` renders it: id is the project number, name the project id. */
export function makeProject(project: string, projectNumber: string, prng: Prng): compute_v1.Schema$Project {
  const host = prng.chance(0.2);
  return {
    kind: 'compute#project',
    id: projectNumber,
    creationTimestamp: rfc3339(randomCreationMs(prng)),
    name: project,
    description: '',
    selfLink: projectUrl(project),
    commonInstanceMetadata: {
      kind: 'compute#metadata',
      fingerprint: prng.base64(),
      items: [
        { key: 'enable-oslogin', value: prng.pick(['TRUE', 'TRUE', 'FALSE']) },
        ...(prng.chance(0.5) ? [{ key: 'serial-port-enable', value: 'FALSE' }] : []),
      ],
    },
    quotas: [
      { metric: 'SNAPSHOTS', limit: 5000, usage: prng.int(0, 50) },
      { metric: 'NETWORKS', limit: 15, usage: prng.int(1, 5) },
      { metric: 'FIREWALLS', limit: 200, usage: prng.int(1, 20) },
      { metric: 'IMAGES', limit: 2000, usage: prng.int(0, 20) },
      { metric: 'INSTANCE_TEMPLATES', limit: 1000, usage: prng.int(0, 10) },
    ],
    defaultServiceAccount: defaultServiceAccount(projectNumber),
    xpnProjectStatus: host ? 'HOST' : 'UNSPECIFIED_XPN_PROJECT_STATUS',
    defaultNetworkTier: 'PREMIUM',
    vmDnsSetting: prng.pick(['ZONAL_ONLY', 'GLOBAL_DEFAULT']),
    cloudArmorTier: 'CA_STANDARD',
  };
}
