import type { container_v1 } from '@googleapis/container';
import type { run_v2 } from '@googleapis/run';
import type { sqladmin_v1 } from '@googleapis/sqladmin';
import type { storage_v1 } from '@googleapis/storage';
import type { Kysely } from 'kysely';
import {
  bucketExposure,
  clusterExposure,
  sqlExposure,
  type ServiceExposureRow,
} from './evaluate-services.js';
import { runServiceExposure } from './evaluate-run.js';
import { rawRows, type ServiceScope } from './service-rows.js';

/** What `hotpot exposure --all-services` prints besides Compute: rows, and what is not modelled. */
export interface ServicesExposure {
  asOf: string | null;
  rows: ServiceExposureRow[];
  notes: string[];
}

/** Said with every answer: what the rows do not account for. */
export const servicesExposureNotes = [
  'buckets: object ACLs of buckets without uniform access, and the organization policy behind publicAccessPrevention "inherited", are not ingested',
  'GKE: DNS-based control plane endpoints and Google Cloud public ranges (gcpPublicCidrsAccessEnabled) are not counted as the internet',
  'Cloud SQL: instances with a public IP but no authorized network are reachable only through the Cloud SQL connectors (IAM), not reported',
  'Cloud Run: services with internal ingress are reachable through load balancers, which are not followed here; custom domains are not read',
];

/**
 * Public GKE control planes, Cloud SQL instances open to the internet, public buckets and Cloud Run services anyone
 * may invoke, now or as of a time,
 * each with the setting that decides it (rules in evaluate-services.ts).
 */
export async function servicesExposure(
  db: Kysely<unknown>,
  scope: ServiceScope = {},
): Promise<ServicesExposure> {
  const rows: ServiceExposureRow[] = [];
  const base = (r: { scope: string; name: string; location: string }) => ({
    scope: r.scope,
    resource: r.name,
    location: r.location,
  });
  for (const c of await rawRows<container_v1.Schema$Cluster>(db, 'gkeClusters', scope))
    rows.push(...clusterExposure(base(c), c.raw));
  for (const i of await rawRows<sqladmin_v1.Schema$DatabaseInstance>(db, 'sqlInstances', scope))
    rows.push(...sqlExposure(base(i), i.raw));
  const policies = new Map(
    (await rawRows<storage_v1.Schema$Policy>(db, 'bucketIamPolicies', scope)).map((p) => [
      `${p.scope}/${p.id}`,
      p.raw,
    ]),
  );
  for (const b of await rawRows<storage_v1.Schema$Bucket>(db, 'buckets', scope))
    rows.push(...bucketExposure(base(b), b.raw, policies.get(`${b.scope}/${b.id}`)));
  const runPolicies = new Map(
    (await rawRows<run_v2.Schema$GoogleIamV1Policy>(db, 'runServiceIamPolicies', scope)).map((p) => [
      `${p.scope}/${p.id}`,
      p.raw,
    ]),
  );
  for (const r of await rawRows<run_v2.Schema$GoogleCloudRunV2Service>(db, 'runServices', scope))
    rows.push(...runServiceExposure(base(r), r.raw, runPolicies.get(`${r.scope}/${r.id}`)));
  return { asOf: scope.asOf?.toISOString() ?? null, rows, notes: servicesExposureNotes };
}
