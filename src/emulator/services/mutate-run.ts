import type { Prng } from '../prng.js';
import type { ProjectServices } from './service-objects.js';
import type { ServiceChange } from './mutate-services.js';

type Add = (kind: string, name: string, op: ServiceChange['op']) => void;

/** Flips a Cloud Run service's ingress between `all` and internal, and its invoker between `allUsers` and none. */
export function updateRunService(s: ProjectServices, prng: Prng, stamp: string, add: Add): void {
  const svc = s.runServices.length ? prng.pick(s.runServices) : undefined;
  if (!svc?.name) return;
  svc.ingress =
    svc.ingress === 'INGRESS_TRAFFIC_ALL' ? 'INGRESS_TRAFFIC_INTERNAL_ONLY' : 'INGRESS_TRAFFIC_ALL';
  svc.generation = String(Number(svc.generation ?? '1') + 1);
  svc.updateTime = stamp;
  add('runServices', svc.name, 'update');
  const policy = s.runServicePolicies[svc.name];
  if (!policy) return;
  const open = policy.bindings?.some((b) => b.members?.includes('allUsers'));
  policy.bindings = open ? [] : [{ role: 'roles/run.invoker', members: ['allUsers'] }];
  if (!policy.bindings.length) delete policy.bindings;
  policy.etag = prng.base64(8);
  add('runServiceIamPolicies', svc.name, 'update');
}

/** Deletes a Cloud Run job, or creates one in the region of the first service or job. */
export function churnRunJob(
  s: ProjectServices,
  prng: Prng,
  project: string,
  round: number,
  stamp: string,
  add: Add,
): void {
  const victim = s.runJobs.length && prng.chance(0.5) ? prng.pick(s.runJobs) : undefined;
  if (victim?.name) {
    s.runJobs = s.runJobs.filter((j) => j !== victim);
    add('runJobs', victim.name, 'delete');
    return;
  }
  const region = /\/locations\/([^/]+)\//.exec(s.runServices[0]?.name ?? s.runJobs[0]?.name ?? '')?.[1];
  if (!region) return;
  const name = `projects/${project}/locations/${region}/jobs/round-${round}-${prng.int(0, 9999)}`;
  if (s.runJobs.some((j) => j.name === name)) return;
  s.runJobs.push({
    name,
    uid: `00000000-0000-4000-a000-${String(prng.int(0, 999_999_999)).padStart(12, '0')}`,
    generation: '1',
    createTime: stamp,
    updateTime: stamp,
    launchStage: 'GA',
    template: {
      taskCount: 1,
      template: { containers: [{ image: 'us-docker.pkg.dev/cloudrun/container/job' }] },
    },
    etag: `"${prng.base64(12)}"`,
  });
  add('runJobs', name, 'create');
}

/** Adds a built-in user to a Cloud SQL instance, or deletes its last non-default user. */
export function churnSqlUser(s: ProjectServices, prng: Prng, project: string, round: number, add: Add): void {
  const instance = s.sqlInstances.length ? prng.pick(s.sqlInstances) : undefined;
  if (!instance?.name) return;
  const users = (s.sqlUsers[instance.name] ??= []);
  const postgres = (instance.databaseVersion ?? '').startsWith('POSTGRES');
  if (users.length > 1 && prng.chance(0.5)) {
    const gone = users.pop()!;
    add('sqlUsers', `${instance.name}/${gone.name}`, 'delete');
    return;
  }
  const name = `round_${round}_${prng.int(0, 9999)}`;
  if (users.some((u) => u.name === name)) return;
  users.push({
    kind: 'sql#user',
    etag: prng.base64(24),
    name,
    ...(postgres ? {} : { host: '%' }),
    instance: instance.name,
    project,
  });
  add('sqlUsers', `${instance.name}/${name}`, 'create');
}
