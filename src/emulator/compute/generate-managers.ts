import type { compute_v1 } from '@googleapis/compute';
import { baseFields, type ProjectContext } from './generate-network.js';
import { makeTemplate } from './generate-templates.js';
import { objectOf, type InfraContext } from './infra-context.js';
import { regionOfZone, regionUrl, zoneUrl } from './urls.js';

/** Zonal managers manage these workloads' instances, regional ones the others: no instance has two managers. */
const zonalWorkloads = ['web', 'db', 'cache'];
const regionalWorkloads = ['api', 'batch'];

interface Placement {
  /** `zones/<z>` or `regions/<r>`. */
  scope: string;
  url: string;
  field: 'zone' | 'region';
  zones: string[];
}

/**
 * Managed instance groups: per zone (workloads web, db, cache) and per region (api, batch). Each manages the
 * existing instances named `<workload>-…` in its zone or region, uses an existing template and owns an
 * instance group of the same name (served by instanceGroups / regionInstanceGroups).
 */
export function generateManagers(infra: InfraContext): void {
  const ctx = infra.part('managers');
  const globalTemplates = infra.state.collections.instanceTemplates.inScope('global');
  if (globalTemplates.length === 0) return;
  ctx.zones.forEach((zone) => {
    const at: Placement = {
      scope: `zones/${zone}`,
      url: zoneUrl(ctx.project, zone),
      field: 'zone',
      zones: [zone],
    };
    for (let g = 0; g < infra.counts.instanceGroupManagersPerZone; g++) {
      const workload = zonalWorkloads[g % zonalWorkloads.length] ?? 'web';
      const template =
        globalTemplates.find((t) => t.name === `tmpl-${workload}`) ??
        globalTemplates[g % globalTemplates.length];
      const name = g < zonalWorkloads.length ? `mig-${workload}-${zone}` : `mig-${workload}-${zone}-${g}`;
      addManager(
        ctx,
        infra,
        name,
        g < zonalWorkloads.length ? workload : name,
        at,
        template?.name ?? '',
        'global',
      );
    }
  });
  ctx.regions.forEach((region) => {
    const zones = ctx.zones.filter((z) => regionOfZone(z) === region);
    const at: Placement = {
      scope: `regions/${region}`,
      url: regionUrl(ctx.project, region),
      field: 'region',
      zones,
    };
    for (let g = 0; g < infra.counts.regionalInstanceGroupManagersPerRegion; g++) {
      const workload = regionalWorkloads[g % regionalWorkloads.length] ?? 'api';
      const name =
        g < regionalWorkloads.length ? `rmig-${workload}-${region}` : `rmig-${workload}-${region}-${g}`;
      const templateName = `tmpl-${workload}-${region}`;
      if (!infra.state.collections.instanceTemplates.get(`regions/${region}`, templateName))
        infra.state.putObject('instanceTemplates', makeTemplate(ctx, infra, templateName, workload, region));
      addManager(
        ctx,
        infra,
        name,
        g < regionalWorkloads.length ? workload : name,
        at,
        templateName,
        at.scope,
      );
    }
  });
}

function addManager(
  ctx: ProjectContext,
  infra: InfraContext,
  name: string,
  baseInstanceName: string,
  at: Placement,
  templateName: string,
  templateScope: string,
): void {
  const { prng, project } = ctx;
  const template = objectOf<compute_v1.Schema$InstanceTemplate>(
    infra.state.collections.instanceTemplates.get(templateScope, templateName),
  );
  const managed = at.zones.flatMap((z) =>
    infra.state.collections.instances
      .inScope(`zones/${z}`)
      .filter((i) => i.name.startsWith(`${baseInstanceName}-`)),
  ).length;
  const groupUrl = `${at.url}/instanceGroups/${name}`;
  const namedPorts = [{ name: 'http', port: 8080 }];
  const nic = template?.properties?.networkInterfaces?.[0];
  infra.state.putObject('instanceGroups', {
    ...baseFields(ctx, 'compute#instanceGroup', name, groupUrl),
    description: `This instance group is controlled by Instance Group Manager '${name}'. To modify instances in this group, use the Instance Group Manager API: https://cloud.google.com/compute/docs/reference/latest/instanceGroupManagers`,
    [at.field]: at.url,
    size: managed,
    fingerprint: prng.base64(),
    namedPorts,
    ...(nic?.network ? { network: nic.network } : {}),
    ...(nic?.subnetwork ? { subnetwork: nic.subnetwork } : {}),
  } satisfies compute_v1.Schema$InstanceGroup);
  const manager: compute_v1.Schema$InstanceGroupManager = {
    ...baseFields(ctx, 'compute#instanceGroupManager', name, `${at.url}/instanceGroupManagers/${name}`),
    description: '',
    [at.field]: at.url,
    instanceTemplate: template?.selfLink,
    versions: [{ name: 'v1', instanceTemplate: template?.selfLink }],
    instanceGroup: groupUrl,
    baseInstanceName,
    fingerprint: prng.base64(),
    currentActions: {
      none: managed,
      creating: 0,
      recreating: 0,
      deleting: 0,
      abandoning: 0,
      restarting: 0,
      refreshing: 0,
      verifying: 0,
    },
    status: { isStable: true, versionTarget: { isReached: true }, stateful: { hasStatefulConfig: false } },
    targetSize: managed,
    namedPorts,
    listManagedInstancesResults: 'PAGELESS',
    updatePolicy: {
      type: prng.pick(['PROACTIVE', 'OPPORTUNISTIC']),
      minimalAction: 'REPLACE',
      maxSurge: { fixed: Math.max(1, at.zones.length), calculated: Math.max(1, at.zones.length) },
      maxUnavailable: { fixed: 0, calculated: 0 },
      replacementMethod: 'SUBSTITUTE',
    },
    instanceLifecyclePolicy: { forceUpdateOnRepair: 'NO', defaultActionOnFailure: 'REPAIR' },
    ...(at.field === 'region'
      ? {
          distributionPolicy: {
            zones: at.zones.map((z) => ({ zone: zoneUrl(project, z) })),
            targetShape: 'EVEN',
          },
        }
      : {}),
    satisfiesPzs: false,
    satisfiesPzi: false,
  };
  infra.state.putObject('instanceGroupManagers', manager);
}
