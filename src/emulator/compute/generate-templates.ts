import type { compute_v1 } from '@googleapis/compute';
import { baseFields, type ProjectContext } from './generate-network.js';
import { nicTargetIn, type InfraContext } from './infra-context.js';
import { projectUrl, regionUrl } from './urls.js';
import { defaultServiceAccount, randomLabels } from './values.js';

/** Instance name prefixes of generated instances, in the order templates are named after them. */
export const workloads = ['web', 'api', 'db', 'batch', 'cache'] as const;

const debianImage =
  'https://www.googleapis.com/compute/v1/projects/debian-cloud/global/images/family/debian-12';

/** The instance properties of a template for `workload`, booting the project's own image family when it has one. */
function templateProperties(
  ctx: ProjectContext,
  infra: InfraContext,
  workload: string,
  region: string,
): compute_v1.Schema$InstanceProperties {
  const { prng } = ctx;
  const target = nicTargetIn(infra.state, region);
  const family = `app-${workload}`;
  const ownImage = infra.state.collections.images.all().some((i) => i.json.includes(`"family":"${family}"`));
  return {
    machineType: prng.pick(['e2-medium', 'e2-standard-4', 'n2-standard-8']),
    canIpForward: false,
    networkInterfaces: target
      ? [
          {
            kind: 'compute#networkInterface',
            name: 'nic0',
            ...target,
            stackType: 'IPV4_ONLY',
            accessConfigs:
              workload === 'web'
                ? [
                    {
                      kind: 'compute#accessConfig',
                      type: 'ONE_TO_ONE_NAT',
                      name: 'External NAT',
                      networkTier: 'PREMIUM',
                    },
                  ]
                : [],
          },
        ]
      : [],
    disks: [
      {
        kind: 'compute#attachedDisk',
        type: 'PERSISTENT',
        mode: 'READ_WRITE',
        deviceName: 'persistent-disk-0',
        index: 0,
        boot: true,
        autoDelete: true,
        interface: 'SCSI',
        initializeParams: {
          sourceImage: ownImage ? `${projectUrl(ctx.project)}/global/images/family/${family}` : debianImage,
          diskSizeGb: String(prng.pick([10, 20, 50])),
          diskType: prng.pick(['pd-balanced', 'pd-ssd']),
        },
      },
    ],
    metadata: {
      kind: 'compute#metadata',
      fingerprint: prng.base64(),
      items: [{ key: 'startup-script', value: `#!/bin/bash\nsystemctl start ${workload}\n` }],
    },
    serviceAccounts: [
      {
        email: defaultServiceAccount(ctx.projectNumber),
        scopes: ['https://www.googleapis.com/auth/cloud-platform'],
      },
    ],
    scheduling: {
      onHostMaintenance: 'MIGRATE',
      automaticRestart: true,
      preemptible: false,
      provisioningModel: 'STANDARD',
    },
    tags: { items: workload === 'web' ? ['http-server', 'ssh'] : ['ssh'] },
    labels: { ...randomLabels(prng), workload },
    shieldedInstanceConfig: { enableSecureBoot: true, enableVtpm: true, enableIntegrityMonitoring: true },
    reservationAffinity: { consumeReservationType: 'ANY_RESERVATION' },
  };
}

/** An instance template: global, or regional when `region` is given. */
export function makeTemplate(
  ctx: ProjectContext,
  infra: InfraContext,
  name: string,
  workload: string,
  region?: string,
): compute_v1.Schema$InstanceTemplate {
  const where = region ? regionUrl(ctx.project, region) : `${projectUrl(ctx.project)}/global`;
  return {
    ...baseFields(ctx, 'compute#instanceTemplate', name, `${where}/instanceTemplates/${name}`),
    description: `${workload} servers`,
    ...(region ? { region: regionUrl(ctx.project, region) } : {}),
    properties: templateProperties(ctx, infra, workload, region ?? ctx.regions[0] ?? 'us-central1'),
  };
}

/** Global templates `tmpl-<workload>` (numbered beyond the five workloads). */
export function generateTemplates(infra: InfraContext): void {
  const ctx = infra.part('templates');
  for (let t = 0; t < infra.counts.instanceTemplates; t++) {
    const workload = workloads[t % workloads.length] ?? 'web';
    const name = t < workloads.length ? `tmpl-${workload}` : `tmpl-${workload}-${t}`;
    infra.state.putObject('instanceTemplates', makeTemplate(ctx, infra, name, workload));
  }
}
