import type { run_v2 } from '@googleapis/run';
import type { NetworkSide, ProjectContext } from '../compute/generate-network.js';
import { regionOfZone } from '../compute/urls.js';
import { defaultServiceAccount } from '../compute/values.js';
import { serviceTime } from './generate-data.js';

/** A Cloud Run uid (a UUID). */
function uid(ctx: ProjectContext): string {
  const h = Array.from({ length: 4 }, () => ctx.prng.uint32().toString(16).padStart(8, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const ingresses = [
  'INGRESS_TRAFFIC_ALL',
  'INGRESS_TRAFFIC_ALL',
  'INGRESS_TRAFFIC_INTERNAL_ONLY',
  'INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER',
] as const;

/** The VPC access of a Cloud Run workload: none, a connector, or Direct VPC egress into a project subnetwork. */
function vpcAccess(ctx: ProjectContext, net: NetworkSide, region: string, i: number) {
  const mode = ctx.prng.pick(['none', 'connector', 'direct'] as const);
  if (mode === 'none' || !net.networks.length) return undefined;
  if (mode === 'connector')
    return {
      connector: `projects/${ctx.project}/locations/${region}/connectors/run-connector`,
      egress: 'PRIVATE_RANGES_ONLY',
    };
  const target = net.subnet(i, region);
  return {
    networkInterfaces: [{ network: target.network.slice(target.network.lastIndexOf('/') + 1) }],
    egress: ctx.prng.pick(['ALL_TRAFFIC', 'PRIVATE_RANGES_ONLY']),
  };
}

/**
 * Cloud Run v2 services with their IAM policies, and jobs, in the project's regions: some with ingress `all`
 * and `allUsers` as invoker, some running as the default compute service account, some with VPC egress into
 * the project's networks.
 */
export function generateRun(
  ctx: ProjectContext,
  counts: { runServices: number; runJobs: number },
  net: NetworkSide,
): {
  services: run_v2.Schema$GoogleCloudRunV2Service[];
  policies: Record<string, run_v2.Schema$GoogleIamV1Policy>;
  jobs: run_v2.Schema$GoogleCloudRunV2Job[];
} {
  const { prng, project } = ctx;
  const services: run_v2.Schema$GoogleCloudRunV2Service[] = [];
  const policies: Record<string, run_v2.Schema$GoogleIamV1Policy> = {};
  const jobs: run_v2.Schema$GoogleCloudRunV2Job[] = [];
  const regions = ctx.zones.length ? ctx.zones.map(regionOfZone) : ['us-central1'];
  const account = () =>
    prng.chance(0.5)
      ? defaultServiceAccount(ctx.projectNumber)
      : `run-app@${project}.iam.gserviceaccount.com`;
  for (let i = 0; i < counts.runServices; i++) {
    const region = regions[i % regions.length]!;
    const short = `${prng.pick(['api', 'web', 'hooks', 'admin'])}-${i}`;
    const name = `projects/${project}/locations/${region}/services/${short}`;
    const created = serviceTime(ctx);
    const hash = prng.uint32().toString(36);
    const vpc = vpcAccess(ctx, net, region, i);
    services.push({
      name,
      uid: uid(ctx),
      generation: String(prng.int(1, 30)),
      createTime: created,
      updateTime: created,
      creator: `deployer@${project}.iam.gserviceaccount.com`,
      lastModifier: `deployer@${project}.iam.gserviceaccount.com`,
      ingress: prng.pick(ingresses),
      launchStage: 'GA',
      ...(prng.chance(0.1) ? { invokerIamDisabled: true } : {}),
      template: {
        scaling: { maxInstanceCount: 100 },
        ...(vpc ? { vpcAccess: vpc } : {}),
        timeout: '300s',
        serviceAccount: account(),
        containers: [
          {
            image: `us-docker.pkg.dev/${project}/apps/${short}:v${prng.int(1, 9)}`,
            ports: [{ name: 'http1', containerPort: 8080 }],
            resources: { limits: { cpu: '1000m', memory: '512Mi' }, cpuIdle: true, startupCpuBoost: true },
          },
        ],
        maxInstanceRequestConcurrency: 80,
      },
      traffic: [{ type: 'TRAFFIC_TARGET_ALLOCATION_TYPE_LATEST', percent: 100 }],
      observedGeneration: '1',
      latestReadyRevision: `${name}/revisions/${short}-00001-${hash.slice(0, 3)}`,
      latestCreatedRevision: `${name}/revisions/${short}-00001-${hash.slice(0, 3)}`,
      uri: `https://${short}-${hash}-${region.replace(/[^a-z]/g, '').slice(0, 2)}.a.run.app`,
      urls: [`https://${short}-${ctx.projectNumber}.${region}.run.app`],
      etag: `"${prng.base64(12)}"`,
    });
    const invokers = prng.pick([
      [] as string[],
      ['allUsers'],
      [`serviceAccount:caller@${project}.iam.gserviceaccount.com`],
      ['allAuthenticatedUsers'],
    ]);
    policies[name] = {
      version: 1,
      etag: prng.base64(8),
      ...(invokers.length ? { bindings: [{ role: 'roles/run.invoker', members: invokers }] } : {}),
    };
  }
  for (let i = 0; i < counts.runJobs; i++) {
    const region = regions[i % regions.length]!;
    const short = `${prng.pick(['nightly', 'export', 'migrate'])}-job-${i}`;
    const created = serviceTime(ctx);
    const vpc = vpcAccess(ctx, net, region, i);
    jobs.push({
      name: `projects/${project}/locations/${region}/jobs/${short}`,
      uid: uid(ctx),
      generation: '1',
      createTime: created,
      updateTime: created,
      creator: `deployer@${project}.iam.gserviceaccount.com`,
      launchStage: 'GA',
      template: {
        taskCount: prng.int(1, 4),
        template: {
          containers: [{ image: `us-docker.pkg.dev/${project}/jobs/${short}:latest` }],
          maxRetries: 3,
          timeout: '600s',
          serviceAccount: account(),
          ...(vpc ? { vpcAccess: vpc } : {}),
        },
      },
      observedGeneration: '1',
      executionCount: prng.int(0, 500),
      etag: `"${prng.base64(12)}"`,
    });
  }
  return { services, policies, jobs };
}
