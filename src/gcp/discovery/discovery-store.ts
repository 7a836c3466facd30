import { sql, type Kysely } from 'kysely';
import type { DiscoveryCounts, DiscoveryInput, ParentFailure } from './types.js';

/** One discovered project as stored. */
export interface DiscoveredRow {
  projectId: string;
  projectNumber: string | null;
  name: string | null;
  parent: string | null;
  state: string | null;
  labels: Record<string, string>;
  computeEnabled: boolean | null;
  status: 'pending' | 'included' | 'skipped' | 'filtered' | 'inactive';
  reason: string | null;
}

/** Starts (or, on an activity retry, restarts) the discovery of a run: earlier rows of the run are dropped. */
export async function startDiscoveryRun(db: Kysely<unknown>, input: DiscoveryInput): Promise<void> {
  await sql`
    insert into ingest_runs (run_id, workflow_id, workflow_type, started_at, status)
    values (${input.runId}, ${input.runId}, 'unknown', now(), 'running') on conflict (run_id) do nothing`.execute(
    db,
  );
  await sql`
    insert into gcp_discovery_runs (run_id, parents, explicit_projects, started_at)
    values (${input.runId}, ${input.parents}::text[], ${input.projectIds ?? []}::text[], now())
    on conflict (run_id) do update set parents = excluded.parents, explicit_projects = excluded.explicit_projects,
      started_at = excluded.started_at, finished_at = null, complete = false, failures = '[]', api_calls = 0`.execute(
    db,
  );
  await sql`delete from gcp_discovered_projects where run_id = ${input.runId}`.execute(db);
  await sql`delete from gcp_discovered_folders where run_id = ${input.runId}`.execute(db);
}

/** Stores walked folders with their parents (the hierarchy above projects, for hierarchical firewall policies). */
export async function insertFolders(
  db: Kysely<unknown>,
  runId: string,
  folders: { folder: string; parent: string }[],
): Promise<void> {
  if (!folders.length) return;
  await sql`
    insert into gcp_discovered_folders (run_id, folder, parent, discovered_at)
    select ${runId}, x.folder, x.parent, now()
    from jsonb_to_recordset(${JSON.stringify(folders)}::jsonb) as x(folder text, parent text)
    on conflict (run_id, folder) do nothing`.execute(db);
}

/**
 * Folders the run's hierarchy names whose own parent it does not know yet: given parents and projects'
 * (pending or included) parents above which the walk did not go (`--parent folders/N`, explicit projects); and the folders it knows.
 */
export async function hierarchyGaps(
  db: Kysely<unknown>,
  runId: string,
): Promise<{ gaps: string[]; known: Set<string> }> {
  const known = await sql<{ folder: string }>`
    select folder from gcp_discovered_folders where run_id = ${runId}`.execute(db);
  const named = await sql<{ folder: string }>`
    select distinct id as folder from (
      select unnest(parents) as id from gcp_discovery_runs where run_id = ${runId}
      union select parent from gcp_discovered_projects
        where run_id = ${runId} and status in ('pending', 'included')) n
    where id like 'folders/%' order by id`.execute(db);
  const knownSet = new Set(known.rows.map((r) => r.folder));
  return { gaps: named.rows.map((r) => r.folder).filter((f) => !knownSet.has(f)), known: knownSet };
}

/**
 * The run's hierarchy nodes: its parents, every folder walked or read above them, and the organizations above
 * those, less the parents it could not read (their policies are synced too).
 */
const nodes = (runId: string) => sql`
  select id from (
    select unnest(parents) as id from gcp_discovery_runs where run_id = ${runId}
    union select folder from gcp_discovered_folders where run_id = ${runId}
    union select parent from gcp_discovered_folders where run_id = ${runId} and parent like 'organizations/%'
    union select parent from gcp_discovered_projects
      where run_id = ${runId} and status = 'included' and parent like 'organizations/%') n
  where not exists (select 1 from gcp_discovery_runs r, jsonb_array_elements(r.failures) f
    where r.run_id = ${runId} and f->>'parent' = n.id)`;

/** Stores a batch of projects; a project already found in this run (under another parent) keeps its first row. */
export async function insertDiscovered(
  db: Kysely<unknown>,
  runId: string,
  rows: DiscoveredRow[],
): Promise<void> {
  if (!rows.length) return;
  const json = JSON.stringify(
    rows.map((r) => ({
      project_id: r.projectId,
      project_number: r.projectNumber,
      name: r.name,
      parent: r.parent,
      state: r.state,
      labels: r.labels,
      compute_enabled: r.computeEnabled,
      status: r.status,
      reason: r.reason,
    })),
  );
  await sql`
    insert into gcp_discovered_projects
      (run_id, project_id, project_number, name, parent, state, labels, compute_enabled, status, reason, discovered_at)
    select ${runId}, x.project_id, x.project_number, x.name, x.parent, x.state, coalesce(x.labels, '{}'::jsonb),
      x.compute_enabled, x.status, x.reason, now()
    from jsonb_to_recordset(${json}::jsonb) as x(project_id text, project_number text, name text, parent text,
      state text, labels jsonb, compute_enabled boolean, status text, reason text)
    on conflict (run_id, project_id) do nothing`.execute(db);
}

/** Records the walk's parent failures and API calls; the discovery is complete when no parent failed. */
export async function finishWalk(
  db: Kysely<unknown>,
  runId: string,
  failures: ParentFailure[],
  apiCalls: number,
): Promise<void> {
  await sql`
    update gcp_discovery_runs set complete = ${failures.length === 0}, failures = ${JSON.stringify(failures)}::jsonb,
      api_calls = ${apiCalls} where run_id = ${runId}`.execute(db);
}

/** Up to `limit` projects still waiting for their Service Usage check. */
export async function pendingProjects(
  db: Kysely<unknown>,
  runId: string,
  limit: number,
): Promise<{ projectId: string; projectNumber: string | null }[]> {
  const r = await sql<{ project_id: string; project_number: string | null }>`
    select project_id, project_number from gcp_discovered_projects
    where run_id = ${runId} and status = 'pending' order by project_id limit ${limit}`.execute(db);
  return r.rows.map((x) => ({ projectId: x.project_id, projectNumber: x.project_number }));
}

/** Records Service Usage answers: enabled → included, disabled → skipped, unknown (null) → included. */
export async function recordComputeChecks(
  db: Kysely<unknown>,
  runId: string,
  checks: { projectId: string; enabled: boolean | null; reason: string | null }[],
  apiCalls: number,
): Promise<void> {
  if (checks.length) {
    await sql`
      update gcp_discovered_projects p set compute_enabled = x.enabled,
        status = case when x.enabled = false then 'skipped' else 'included' end,
        reason = coalesce(x.reason, case when x.enabled = false then 'compute.googleapis.com is disabled' end)
      from jsonb_to_recordset(${JSON.stringify(checks)}::jsonb) as x("projectId" text, enabled boolean, reason text)
      where p.run_id = ${runId} and p.project_id = x."projectId"`.execute(db);
  }
  await sql`update gcp_discovery_runs set api_calls = api_calls + ${apiCalls} where run_id = ${runId}`.execute(
    db,
  );
}

/** Marks the discovery finished (every project checked). */
export async function finishDiscovery(db: Kysely<unknown>, runId: string): Promise<void> {
  await sql`update gcp_discovery_runs set finished_at = coalesce(finished_at, now()) where run_id = ${runId}`.execute(
    db,
  );
}

/** Parent failures listed in counts (all are in gcp_discovery_runs), so payloads stay small. */
const maxListedFailures = 20;

/** The run's counts by status, its completeness and (the first 20) failures. */
export async function discoveryCounts(db: Kysely<unknown>, runId: string): Promise<DiscoveryCounts> {
  const byStatus = await sql<{ status: string; n: number }>`
    select status, count(*)::int as n from gcp_discovered_projects where run_id = ${runId} group by status`.execute(
    db,
  );
  const run = await sql<{ complete: boolean; failures: DiscoveryCounts['failures']; api_calls: number }>`
    select complete, failures, api_calls from gcp_discovery_runs where run_id = ${runId}`.execute(db);
  const n = (status: string) => byStatus.rows.find((r) => r.status === status)?.n ?? 0;
  const counts = {
    included: n('included'),
    skipped: n('skipped'),
    filtered: n('filtered'),
    inactive: n('inactive'),
    pending: n('pending'),
  };
  const nodeCount = await sql<{ n: number }>`select count(*)::int as n from (${nodes(runId)}) x`.execute(db);
  return {
    discovered: Object.values(counts).reduce((a, b) => a + b, 0),
    ...counts,
    nodes: nodeCount.rows[0]?.n ?? 0,
    apiCalls: run.rows[0]?.api_calls ?? 0,
    complete: run.rows[0]?.complete ?? false,
    failedParents: run.rows[0]?.failures.length ?? 0,
    failures: (run.rows[0]?.failures ?? []).slice(0, maxListedFailures),
  };
}

/**
 * Included project ids `offset`… (at most `limit`) in project id order, then the run's hierarchy nodes
 * (`organizations/N`, `folders/N`, synced for their firewall policies); the set is fixed once discovery finished.
 */
export async function includedPage(
  db: Kysely<unknown>,
  runId: string,
  offset: number,
  limit: number,
): Promise<string[]> {
  const r = await sql<{ project_id: string }>`
    select project_id from (
      select project_id, 0 as k from gcp_discovered_projects where run_id = ${runId} and status = 'included'
      union all select id, 1 from (${nodes(runId)}) n) x
    order by k, project_id offset ${offset} limit ${limit}`.execute(db);
  return r.rows.map((x) => x.project_id);
}
