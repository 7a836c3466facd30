import type { cloudresourcemanager_v3 } from '@googleapis/cloudresourcemanager';
import type { iam_v1 } from '@googleapis/iam';
import type { ProjectContext } from '../compute/generate-network.js';
import { defaultServiceAccount } from '../compute/values.js';
import { serviceTime } from './generate-data.js';

/** What the identity generator needs of the counts. */
interface IdentityCounts {
  serviceAccounts: number;
  keysPerAccount: number;
}

/** A 21-digit unique id as IAM gives service accounts. */
function uniqueId(ctx: ProjectContext): string {
  return `1${String(ctx.prng.int(0, 99_999_999_999)).padStart(11, '0')}${String(ctx.prng.int(0, 999_999_999)).padStart(9, '0')}`;
}

/** A service account key's 40-hex id. */
function keyId(ctx: ProjectContext): string {
  return Array.from({ length: 5 }, () => ctx.prng.uint32().toString(16).padStart(8, '0')).join('');
}

/** One service account object. */
export function serviceAccount(
  ctx: ProjectContext,
  email: string,
  displayName: string,
  disabled = false,
): iam_v1.Schema$ServiceAccount {
  const id = uniqueId(ctx);
  return {
    name: `projects/${ctx.project}/serviceAccounts/${email}`,
    projectId: ctx.project,
    uniqueId: id,
    email,
    displayName,
    etag: 'MDEwMjE5MjA=',
    oauth2ClientId: id,
    ...(disabled ? { disabled: true } : {}),
  };
}

/**
 * Service accounts (the default compute account the instances run as, GKE's node account, app accounts), their
 * keys (system-managed, and user-managed ones of various ages on app accounts), and the project IAM policy.
 */
export function generateIdentity(ctx: ProjectContext, counts: IdentityCounts) {
  const { prng, project } = ctx;
  const compute = defaultServiceAccount(ctx.projectNumber);
  const accounts = [
    serviceAccount(ctx, compute, 'Compute Engine default service account'),
    serviceAccount(ctx, `gke-nodes@${project}.iam.gserviceaccount.com`, 'GKE nodes'),
  ];
  for (let i = 0; i < counts.serviceAccounts; i++)
    accounts.push(
      serviceAccount(ctx, `app-${i}@${project}.iam.gserviceaccount.com`, `App ${i}`, prng.chance(0.1)),
    );
  const keys: Record<string, iam_v1.Schema$ServiceAccountKey[]> = {};
  accounts.forEach((a, i) => {
    const email = a.email!;
    const list: iam_v1.Schema$ServiceAccountKey[] = [];
    for (let k = 0; k < counts.keysPerAccount; k++) {
      const user = i >= 2 && k > 0;
      const after = serviceTime(ctx);
      list.push({
        name: `projects/${project}/serviceAccounts/${email}/keys/${keyId(ctx)}`,
        validAfterTime: after.replace(/\.\d{3}Z$/, 'Z'),
        validBeforeTime: user
          ? '9999-12-31T23:59:59Z'
          : new Date(Date.parse(after) + 2 * 365 * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        keyAlgorithm: 'KEY_ALG_RSA_2048',
        keyOrigin: 'GOOGLE_PROVIDED',
        keyType: user ? 'USER_MANAGED' : 'SYSTEM_MANAGED',
        ...(user && prng.chance(0.2) ? { disabled: true } : {}),
      });
    }
    keys[email] = list;
  });
  const bindings: cloudresourcemanager_v3.Schema$Binding[] = [
    {
      role: 'roles/container.nodeServiceAccount',
      members: [`serviceAccount:gke-nodes@${project}.iam.gserviceaccount.com`],
    },
    {
      role: 'roles/editor',
      members: [
        `serviceAccount:${ctx.projectNumber}@cloudservices.gserviceaccount.com`,
        ...(prng.chance(0.7) ? [`serviceAccount:${compute}`] : []),
        ...(prng.chance(0.3) ? ['user:dev@example.com'] : []),
      ],
    },
    { role: 'roles/owner', members: ['user:admin@example.com'] },
    { role: 'roles/viewer', members: ['group:eng@example.com'] },
  ];
  const policy: cloudresourcemanager_v3.Schema$Policy = { version: 1, etag: 'BwYgAAAAAAA=', bindings };
  return { accounts, keys, policy };
}
