import type { Estate } from '../estate.js';
import { derivePrng, type Prng } from '../prng.js';
import {
  churnServiceAccount,
  churnSqlDatabase,
  toggleServiceAccount,
  updateBucketPolicy,
} from './mutate-more.js';
import { churnRunJob, churnSqlUser, updateRunService } from './mutate-run.js';
import type { ProjectServices } from './service-objects.js';

/** One change a services round made: the Hotpot kind, the object's name and what happened. */
export interface ServiceChange {
  project: string;
  kind: string;
  name: string;
  op: 'create' | 'update' | 'delete';
}

/**
 * A seeded round over the services beyond Compute of every project that has them (or of `projects`): per project
 * and kind, one object changes with probability `percent`/100 (at least when percent ≥ 50): buckets, their
 * policies, clusters, node pools, Cloud SQL instances, keys, the project policy, Cloud Run services and their
 * policies, service accounts and bucket policies are updated; keys, buckets, Cloud Run jobs, Cloud SQL users and
 * databases and service accounts also created and deleted. Deterministic in the estate seed, the round and `seed`.
 */
export function mutateServices(
  estate: Estate,
  round: number,
  options: { percent: number; seed?: number | string; projects?: string[] },
  nowMs: number,
): ServiceChange[] {
  const changes: ServiceChange[] = [];
  if (options.percent <= 0) return changes;
  for (const id of options.projects ?? estate.projectIds()) {
    const s = estate.project(id)?.services;
    if (!s) continue;
    const prng = derivePrng(estate.seed, 'services-round', round, options.seed ?? '', id);
    const hit = () => prng.int(0, 99) < Math.max(options.percent, 1);
    const stamp = new Date(nowMs).toISOString();
    const add = (kind: string, name: string, op: ServiceChange['op']) =>
      changes.push({ project: id, kind, name, op });
    if (hit()) updateBucket(s, prng, add);
    if (hit()) updatePolicy(s, prng, add);
    if (hit()) updateCluster(s, prng, add);
    if (hit()) updateSql(s, prng, add);
    if (hit()) rotateKey(s, prng, id, stamp, add);
    if (hit()) churnBucket(s, prng, id, round, stamp, add);
    if (hit()) updateRunService(s, prng, stamp, add);
    if (hit()) churnRunJob(s, prng, id, round, stamp, add);
    if (hit()) churnSqlUser(s, prng, id, round, add);
    if (hit()) toggleServiceAccount(s, prng, add);
    if (hit()) churnServiceAccount(s, prng, id, round, add);
    if (hit()) churnSqlDatabase(s, prng, id, round, add);
    if (hit()) updateBucketPolicy(s, prng, add);
  }
  return changes;
}

type Add = (kind: string, name: string, op: ServiceChange['op']) => void;

function updateBucket(s: ProjectServices, prng: Prng, add: Add): void {
  const b = s.buckets.length ? prng.pick(s.buckets) : undefined;
  if (!b?.name) return;
  b.versioning = { enabled: !(b.versioning?.enabled ?? false) };
  b.metageneration = String(Number(b.metageneration ?? '1') + 1);
  add('buckets', b.name, 'update');
}

function updatePolicy(s: ProjectServices, prng: Prng, add: Add): void {
  const bindings = s.projectPolicy.bindings ?? [];
  const viewer = bindings.find((b) => b.role === 'roles/viewer');
  const member = `user:reader-${prng.int(0, 999)}@example.com`;
  if (viewer) viewer.members = [...(viewer.members ?? []), member];
  else bindings.push({ role: 'roles/viewer', members: [member] });
  s.projectPolicy.bindings = bindings;
  s.projectPolicy.etag = `Bw${prng.base64(6)}`;
  add('projectIamPolicies', 'iam-policy', 'update');
}

function updateCluster(s: ProjectServices, prng: Prng, add: Add): void {
  const c = s.clusters.length ? prng.pick(s.clusters) : undefined;
  if (!c?.name) return;
  const open = c.masterAuthorizedNetworksConfig?.cidrBlocks?.some((b) => b.cidrBlock === '0.0.0.0/0');
  c.masterAuthorizedNetworksConfig = open
    ? { enabled: true, cidrBlocks: [{ displayName: 'office', cidrBlock: '203.0.113.0/28' }] }
    : { enabled: true, cidrBlocks: [{ displayName: 'anywhere', cidrBlock: '0.0.0.0/0' }] };
  c.etag = prng.uint32().toString(16);
  add('gkeClusters', c.name, 'update');
  const pool = c.nodePools?.[0];
  if (pool?.name) {
    pool.autoscaling = pool.autoscaling?.enabled ? {} : { enabled: true, minNodeCount: 1, maxNodeCount: 3 };
    add('gkeNodePools', pool.name, 'update');
  }
}

function updateSql(s: ProjectServices, prng: Prng, add: Add): void {
  const i = s.sqlInstances.length ? prng.pick(s.sqlInstances) : undefined;
  const backup = i?.settings?.backupConfiguration;
  if (!i?.name || !i.settings) return;
  i.settings.backupConfiguration = { ...backup, enabled: !(backup?.enabled ?? false) };
  i.settings.settingsVersion = String(Number(i.settings.settingsVersion ?? '1') + 1);
  add('sqlInstances', i.name, 'update');
}

function rotateKey(s: ProjectServices, prng: Prng, project: string, stamp: string, add: Add): void {
  const account = s.serviceAccounts.length ? prng.pick(s.serviceAccounts) : undefined;
  const email = account?.email;
  if (!email) return;
  const keys = (s.keys[email] ??= []);
  const user = keys.findIndex((k) => k.keyType === 'USER_MANAGED');
  if (user >= 0) {
    add('serviceAccountKeys', keys[user]!.name!, 'delete');
    keys.splice(user, 1);
  }
  const id = Array.from({ length: 5 }, () => prng.uint32().toString(16).padStart(8, '0')).join('');
  const name = `projects/${project}/serviceAccounts/${email}/keys/${id}`;
  keys.push({
    name,
    validAfterTime: stamp.replace(/\.\d{3}Z$/, 'Z'),
    validBeforeTime: '9999-12-31T23:59:59Z',
    keyAlgorithm: 'KEY_ALG_RSA_2048',
    keyOrigin: 'GOOGLE_PROVIDED',
    keyType: 'USER_MANAGED',
  });
  add('serviceAccountKeys', name, 'create');
}

function churnBucket(
  s: ProjectServices,
  prng: Prng,
  project: string,
  round: number,
  stamp: string,
  add: Add,
): void {
  const victim = s.buckets.length > 1 && prng.chance(0.5) ? prng.pick(s.buckets) : undefined;
  if (victim?.name) {
    s.buckets = s.buckets.filter((b) => b !== victim);
    delete s.bucketPolicies[victim.name];
    add('buckets', victim.name, 'delete');
    return;
  }
  const name = `${project}-round-${round}-${prng.int(0, 9999)}`;
  if (s.buckets.some((b) => b.name === name)) return;
  s.buckets.push({
    kind: 'storage#bucket',
    selfLink: `https://www.googleapis.com/storage/v1/b/${name}`,
    id: name,
    name,
    location: 'US',
    storageClass: 'STANDARD',
    etag: 'CAE=',
    timeCreated: stamp,
    updated: stamp,
    iamConfiguration: {
      bucketPolicyOnly: { enabled: true, lockedTime: stamp },
      uniformBucketLevelAccess: { enabled: true, lockedTime: stamp },
      publicAccessPrevention: 'enforced',
    },
    locationType: 'multi-region',
    rpo: 'DEFAULT',
  });
  s.bucketPolicies[name] = {
    kind: 'storage#policy',
    resourceId: `projects/_/buckets/${name}`,
    version: 1,
    etag: 'CAE=',
    bindings: [{ role: 'roles/storage.legacyBucketOwner', members: [`projectOwner:${project}`] }],
  };
  add('buckets', name, 'create');
}
