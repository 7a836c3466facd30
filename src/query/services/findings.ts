import type { cloudresourcemanager_v3 } from '@googleapis/cloudresourcemanager';
import type { compute_v1 } from '@googleapis/compute';
import type { iam_v1 } from '@googleapis/iam';
import type { Kysely } from 'kysely';
import { rawRows, type ServiceScope } from './service-rows.js';

/** One security finding, naming the setting that decides it. */
export interface FindingRow {
  scope: string;
  finding: 'old-user-managed-key' | 'primitive-role' | 'default-sa-editor';
  resource: string;
  deciding_setting: string;
  detail: string;
}

/** Options of `hotpot findings`. */
export interface FindingsOptions extends ServiceScope {
  /** User-managed keys valid from more than this many days before the reference time are old. Default 90. */
  keyAgeDays?: number;
  /** The reference time when `asOf` is not given. */
  now?: Date;
}

const primitiveRoles = ['roles/owner', 'roles/editor', 'roles/viewer'];
const dayMs = 86_400_000;

/** Said with every answer: what the findings do not account for. */
export const findingsNotes = [
  'IAM policies of folders and the organization (inherited grants) are not ingested',
  'keys: only user-managed keys are findings; Google rotates system-managed ones',
];

/**
 * Findings now or as of a time: enabled user-managed service account keys older than `keyAgeDays`, primitive
 * roles (owner, editor, viewer) granted to users or to everyone on the project, and running instances that run
 * as the default compute service account while it holds roles/editor on the project.
 */
export async function findings(
  db: Kysely<unknown>,
  options: FindingsOptions = {},
): Promise<{ asOf: string | null; rows: FindingRow[]; notes: string[] }> {
  const ref = options.asOf ?? options.now ?? new Date();
  const days = options.keyAgeDays ?? 90;
  const rows: FindingRow[] = [];
  for (const k of await rawRows<iam_v1.Schema$ServiceAccountKey>(db, 'serviceAccountKeys', options)) {
    const after = Date.parse(k.raw.validAfterTime ?? '');
    if (
      k.raw.keyType !== 'USER_MANAGED' ||
      k.raw.disabled === true ||
      !(ref.getTime() - after > days * dayMs)
    )
      continue;
    rows.push({
      scope: k.scope,
      finding: 'old-user-managed-key',
      resource: k.id,
      deciding_setting: `validAfterTime: ${k.raw.validAfterTime} (keyType USER_MANAGED)`,
      detail: `${Math.floor((ref.getTime() - after) / dayMs)} days old, more than ${days}`,
    });
  }
  const editors = new Map<string, Set<string>>();
  for (const p of await rawRows<cloudresourcemanager_v3.Schema$Policy>(db, 'projectIamPolicies', options)) {
    for (const b of p.raw.bindings ?? []) {
      const role = b.role ?? '';
      for (const m of b.members ?? []) {
        if (role === 'roles/editor' && m.startsWith('serviceAccount:'))
          (editors.get(p.scope) ?? editors.set(p.scope, new Set()).get(p.scope)!).add(
            m.slice('serviceAccount:'.length),
          );
        if (
          !primitiveRoles.includes(role) ||
          !(m.startsWith('user:') || m === 'allUsers' || m === 'allAuthenticatedUsers')
        )
          continue;
        rows.push({
          scope: p.scope,
          finding: 'primitive-role',
          resource: `projects/${p.scope}`,
          deciding_setting: `iamPolicy ${role}: ${m}`,
          detail: `primitive role ${role} granted to ${m}`,
        });
      }
    }
  }
  for (const i of await rawRows<compute_v1.Schema$Instance>(db, 'instances', options)) {
    if (i.raw.status !== 'RUNNING') continue;
    for (const sa of i.raw.serviceAccounts ?? []) {
      const email = sa.email ?? '';
      if (!/^\d+-compute@developer\.gserviceaccount\.com$/.test(email) || !editors.get(i.scope)?.has(email))
        continue;
      rows.push({
        scope: i.scope,
        finding: 'default-sa-editor',
        resource: i.name,
        deciding_setting: `serviceAccounts[].email: ${email}; iamPolicy roles/editor: serviceAccount:${email}`,
        detail: `running instance in ${i.location} with scopes ${(sa.scopes ?? []).join(' ') || '(none)'}`,
      });
    }
  }
  return { asOf: options.asOf?.toISOString() ?? null, rows, notes: findingsNotes };
}
