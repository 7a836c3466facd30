import { performance } from 'node:perf_hooks';
import { sql, type Kysely } from 'kysely';
import { exposure } from '../query/exposure/exposure.js';
import { createPostgresDatabase } from './bench-database.js';
import { phase, type PhaseResult } from './phase.js';

const RUNS = 5;
const GOOGLE = 'https://www.googleapis.com/compute/v1/projects';

async function medianMs(fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

/** Instances with realistic raw objects (one NIC, a third with an external IP, managed ones with created-by), firewalls, a target-pool LB per project. */
async function fill(db: Kysely<unknown>, projects: number, perProject: number): Promise<void> {
  const rows = projects * perProject;
  await sql`
    insert into gcp_compute_instances (scope, id, name, location, status, internal_ips, external_ips, network_tags,
      service_accounts, fingerprint, raw, first_seen, valid_from)
    select p, (1000000000 + i)::text, 'vm-' || lpad(i::text, 7, '0'), 'us-central1-a', 'RUNNING',
      array['10.0.' || (i / 256 % 256) || '.' || (i % 256)],
      case when i % 3 = 0 then array['34.' || (i / 65536 % 256) || '.' || (i / 256 % 256) || '.' || (i % 256)] else '{}' end,
      array[case i % 4 when 0 then 'web' when 1 then 'ssh' when 2 then 'db' else 'batch' end],
      array['sa-' || (i % 5) || '@' || p || '.iam.gserviceaccount.com'], 'f' || i,
      jsonb_build_object('id', (1000000000 + i)::text, 'name', 'vm-' || lpad(i::text, 7, '0'),
        'selfLink', ${GOOGLE} || '/' || p || '/zones/us-central1-a/instances/vm-' || lpad(i::text, 7, '0'),
        'description', repeat('x', 600),
        'networkInterfaces', jsonb_build_array(jsonb_build_object('name', 'nic0',
          'network', ${GOOGLE} || '/' || p || '/global/networks/vpc', 'networkIP', '10.0.0.' || (i % 256),
          'accessConfigs', case when i % 3 = 0 then jsonb_build_array(jsonb_build_object('type', 'ONE_TO_ONE_NAT',
            'natIP', '34.' || (i / 65536 % 256) || '.' || (i / 256 % 256) || '.' || (i % 256))) else '[]'::jsonb end)),
        'metadata', jsonb_build_object('items', jsonb_build_array(jsonb_build_object('key', 'startup-script', 'value', repeat('echo hi; ', 40)))
          || case when i % 10 = 0 then jsonb_build_array(jsonb_build_object('key', 'created-by', 'value',
            'projects/1234/zones/us-central1-a/instanceGroupManagers/mig')) else '[]'::jsonb end)),
      now() - interval '2 days', now() - interval '2 days'
    from generate_series(1, ${rows}) as i, lateral (select 'bench-project-' || lpad((i % ${projects})::text, 3, '0') as p) as proj`.execute(
    db,
  );
  await sql`
    insert into gcp_compute_firewalls (scope, id, name, location, network, direction, priority, disabled,
      source_ranges, target_tags, fingerprint, raw, first_seen, valid_from)
    select p, (p || '-' || k)::text, 'rule-' || k, 'global', 'vpc', 'INGRESS', 100 + k * 10, k % 7 = 6,
      array[case when k % 3 = 0 then '10.0.0.0/8' else '0.0.0.0/0' end], array[case k % 4 when 0 then 'web' when 1 then 'ssh' when 2 then 'db' else 'batch' end],
      'f', jsonb_build_object('name', 'rule-' || k, 'network', ${GOOGLE} || '/' || p || '/global/networks/vpc',
        'direction', 'INGRESS', 'priority', 100 + k * 10, 'disabled', k % 7 = 6,
        'sourceRanges', jsonb_build_array(case when k % 3 = 0 then '10.0.0.0/8' else '0.0.0.0/0' end),
        'targetTags', jsonb_build_array(case k % 4 when 0 then 'web' when 1 then 'ssh' when 2 then 'db' else 'batch' end),
        case when k % 5 = 4 then 'denied' else 'allowed' end,
        jsonb_build_array(jsonb_build_object('IPProtocol', 'tcp', 'ports', jsonb_build_array((8000 + k)::text, '22', '443')))),
      now() - interval '2 days', now() - interval '2 days'
    from generate_series(0, ${projects - 1}) as j, generate_series(1, 30) as k,
      lateral (select 'bench-project-' || lpad(j::text, 3, '0') as p) as proj`.execute(db);
  await sql`
    insert into gcp_compute_target_pools (scope, id, name, location, instances, fingerprint, raw, first_seen, valid_from)
    select scope, 'tp-' || scope, 'pool', 'us-central1', array_agg(raw->>'selfLink'), 'f',
      jsonb_build_object('name', 'pool', 'selfLink', ${GOOGLE} || '/' || scope || '/regions/us-central1/targetPools/pool'),
      now() - interval '2 days', now() - interval '2 days'
    from (select scope, raw from gcp_compute_instances where id::bigint % 50 = 1) t group by scope`.execute(
    db,
  );
  await sql`
    insert into gcp_compute_forwarding_rules (scope, id, name, location, ip_address, ip_protocol, port_range,
      load_balancing_scheme, target, fingerprint, raw, first_seen, valid_from)
    select scope, 'fr-' || scope, 'nlb', 'us-central1', '35.1.1.1', 'TCP', '443-443', 'EXTERNAL',
      raw->>'selfLink', 'f', '{}'::jsonb, now() - interval '2 days', now() - interval '2 days'
    from gcp_compute_target_pools`.execute(db);
  for (const table of ['instances', 'firewalls', 'target_pools', 'forwarding_rules'])
    await sql`insert into ${sql.table(`gcp_compute_${table}_history`)} select *, null, null from ${sql.table(`gcp_compute_${table}`)}`.execute(
      db,
    );
  await sql`analyze`.execute(db);
}

/**
 * `hotpot exposure` over `projects` × `perProject` instances on PostgreSQL (rows written by SQL): the median time
 * to load and evaluate the whole estate now, with as-of and one project in the note.
 */
export async function exposureQueryPhase(
  serverUrl: string,
  projects = 50,
  perProject = 2000,
): Promise<PhaseResult> {
  const database = await createPostgresDatabase(serverUrl);
  const store = await database.open(4);
  try {
    await fill(store.db, projects, perProject);
    let rows = 0;
    const now = await medianMs(async () => (rows = (await exposure(store.db)).rows.length));
    const asOf = await medianMs(() => exposure(store.db, { asOf: new Date(Date.now() - 86_400_000) }));
    const one = await medianMs(() => exposure(store.db, { project: 'bench-project-007' }));
    const ms = (n: number) => `${n.toFixed(0)} ms`;
    return phase(`exposure query (${projects} × ${perProject} instances)`, now, projects * perProject, {
      note: `median of ${RUNS} loads + evaluations now (${rows} rows); as-of ${ms(asOf)}, one project ${ms(one)}`,
    });
  } finally {
    await store.close();
    await database.drop();
  }
}
