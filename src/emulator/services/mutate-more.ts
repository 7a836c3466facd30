import type { Prng } from '../prng.js';
import type { ServiceChange } from './mutate-services.js';
import type { ProjectServices } from './service-objects.js';

type Add = (kind: string, name: string, op: ServiceChange['op']) => void;

const appAccount = (email: string | null | undefined) => /^(app|round)-/.test(email ?? '');

/** Disables an enabled app service account or enables a disabled one (the etag changes with it). */
export function toggleServiceAccount(s: ProjectServices, prng: Prng, add: Add): void {
  const apps = s.serviceAccounts.filter((a) => appAccount(a.email));
  const account = apps.length ? prng.pick(apps) : undefined;
  if (!account?.name) return;
  if (account.disabled) delete account.disabled;
  else account.disabled = true;
  account.etag = prng.base64(8);
  add('serviceAccounts', account.name, 'update');
}

/**
 * Deletes an app service account that has no keys, or creates one without keys (a deleted account's keys would
 * answer a 404 naming the account, not the key: no evidence their deletion can use).
 */
export function churnServiceAccount(
  s: ProjectServices,
  prng: Prng,
  project: string,
  round: number,
  add: Add,
): void {
  const keyless = s.serviceAccounts.filter((a) => appAccount(a.email) && !s.keys[a.email ?? '']?.length);
  const victim = keyless.length && prng.chance(0.5) ? prng.pick(keyless) : undefined;
  if (victim?.email && victim.name) {
    s.serviceAccounts = s.serviceAccounts.filter((a) => a !== victim);
    delete s.keys[victim.email];
    add('serviceAccounts', victim.name, 'delete');
    return;
  }
  const email = `round-${round}-${prng.int(0, 9999)}@${project}.iam.gserviceaccount.com`;
  if (s.serviceAccounts.some((a) => a.email === email)) return;
  const id = `1${String(prng.int(0, 99_999_999_999)).padStart(11, '0')}${String(prng.int(0, 999_999_999)).padStart(9, '0')}`;
  const name = `projects/${project}/serviceAccounts/${email}`;
  s.serviceAccounts.push({
    name,
    projectId: project,
    uniqueId: id,
    email,
    displayName: `Round ${round}`,
    etag: prng.base64(8),
    oauth2ClientId: id,
  });
  s.keys[email] = [];
  add('serviceAccounts', name, 'create');
}

/** Creates a database on a Cloud SQL instance, or deletes one that is not the instance's first. */
export function churnSqlDatabase(
  s: ProjectServices,
  prng: Prng,
  project: string,
  round: number,
  add: Add,
): void {
  const instance = s.sqlInstances.length ? prng.pick(s.sqlInstances) : undefined;
  if (!instance?.name) return;
  const databases = (s.sqlDatabases[instance.name] ??= []);
  if (databases.length > 1 && prng.chance(0.5)) {
    const gone = databases.pop()!;
    add('sqlDatabases', `${instance.name}/${gone.name}`, 'delete');
    return;
  }
  const name = `round_${round}_${prng.int(0, 9999)}`;
  if (databases.some((d) => d.name === name)) return;
  const postgres = (instance.databaseVersion ?? '').startsWith('POSTGRES');
  databases.push({
    kind: 'sql#database',
    charset: postgres ? 'UTF8' : 'utf8mb4',
    collation: postgres ? 'en_US.UTF8' : 'utf8mb4_0900_ai_ci',
    etag: prng.base64(24),
    name,
    instance: instance.name,
    selfLink: `https://sqladmin.googleapis.com/v1/projects/${project}/instances/${instance.name}/databases/${name}`,
    project,
  });
  add('sqlDatabases', `${instance.name}/${name}`, 'create');
}

/** Adds a reader group to a bucket's `roles/storage.objectViewer` binding, or removes the binding. */
export function updateBucketPolicy(s: ProjectServices, prng: Prng, add: Add): void {
  const names = Object.keys(s.bucketPolicies);
  const bucket = names.length ? prng.pick(names) : undefined;
  const policy = bucket ? s.bucketPolicies[bucket] : undefined;
  if (!bucket || !policy) return;
  const bindings = policy.bindings ?? [];
  const viewer = bindings.findIndex((b) => b.role === 'roles/storage.objectViewer');
  if (viewer >= 0) bindings.splice(viewer, 1);
  else
    bindings.push({
      role: 'roles/storage.objectViewer',
      members: [`group:readers-${prng.int(0, 999)}@example.com`],
    });
  policy.bindings = bindings;
  policy.etag = prng.base64(8);
  add('bucketIamPolicies', bucket, 'update');
}
