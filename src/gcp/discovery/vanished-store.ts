import { sql, type Kysely } from 'kysely';

/** The latest complete, finished discovery before `runId` (the baseline vanished projects are measured against). */
export async function previousCompleteRun(db: Kysely<unknown>, runId: string): Promise<string | undefined> {
  const r = await sql<{ run_id: string }>`
    select run_id from gcp_discovery_runs
    where complete and finished_at is not null and run_id <> ${runId}
      and started_at <= (select started_at from gcp_discovery_runs where run_id = ${runId})
    order by started_at desc limit 1`.execute(db);
  return r.rows[0]?.run_id;
}

/** Projects the previous run included or skipped that this run did not find at all, not yet handled in this run. */
export async function vanishedCandidates(
  db: Kysely<unknown>,
  runId: string,
  previous: string,
): Promise<string[]> {
  const r = await sql<{ project_id: string }>`
    select p.project_id from gcp_discovered_projects p
    where p.run_id = ${previous} and p.status in ('included', 'skipped')
      and not exists (select 1 from gcp_discovered_projects c where c.run_id = ${runId} and c.project_id = p.project_id)
      and not exists (select 1 from gcp_vanished_projects v where v.run_id = ${runId} and v.project_id = p.project_id)
    order by p.project_id`.execute(db);
  return r.rows.map((x) => x.project_id);
}

/**
 * Closes every open version of the project's resources in `tables` (current rows deleted, history closed with
 * deleted_at) and records why, in one transaction. Returns the number of resources closed.
 */
export async function closeVanishedProject(
  db: Kysely<unknown>,
  v: { runId: string; projectId: string; previous: string; confirmation: string; reason: string },
  tables: readonly string[],
): Promise<number> {
  return db.transaction().execute(async (tx) => {
    let closed = 0;
    const at = sql`now()`;
    for (const table of tables) {
      await sql`
        update ${sql.table(`${table}_history`)} set valid_to = ${at}, deleted_at = ${at}
        where scope = ${v.projectId} and valid_to is null`.execute(tx);
      const gone = await sql`delete from ${sql.table(table)} where scope = ${v.projectId}`.execute(tx);
      closed += Number(gone.numAffectedRows ?? 0);
    }
    await recordVanished(tx, { ...v, closed: true, rowsClosed: closed });
    return closed;
  });
}

/** Records a vanished project and what was done about it. */
export async function recordVanished(
  db: Kysely<unknown>,
  v: {
    runId: string;
    projectId: string;
    previous: string;
    confirmation: string;
    reason: string;
    closed: boolean;
    rowsClosed: number;
  },
): Promise<void> {
  await sql`
    insert into gcp_vanished_projects
      (run_id, project_id, previous_run, confirmation, closed, rows_closed, reason, checked_at)
    values (${v.runId}, ${v.projectId}, ${v.previous}, ${v.confirmation}, ${v.closed}, ${v.rowsClosed}, ${v.reason}, now())
    on conflict (run_id, project_id) do nothing`.execute(db);
}

/** What this run did about vanished projects (up to `limit` listed). */
export async function vanishedOfRun(
  db: Kysely<unknown>,
  runId: string,
  limit = 50,
): Promise<{ projectId: string; confirmation: string; closed: boolean; rowsClosed: number }[]> {
  const r = await sql<{ project_id: string; confirmation: string; closed: boolean; rows_closed: number }>`
    select project_id, confirmation, closed, rows_closed from gcp_vanished_projects
    where run_id = ${runId} order by project_id limit ${limit}`.execute(db);
  return r.rows.map((x) => ({
    projectId: x.project_id,
    confirmation: x.confirmation,
    closed: x.closed,
    rowsClosed: x.rows_closed,
  }));
}

/** How many vanished projects this run handled, and how many of them it closed. */
export async function vanishedCounts(
  db: Kysely<unknown>,
  runId: string,
): Promise<{ vanished: number; closed: number }> {
  const r = await sql<{ vanished: number; closed: number }>`
    select count(*)::int as vanished, (count(*) filter (where closed))::int as closed
    from gcp_vanished_projects where run_id = ${runId}`.execute(db);
  return r.rows[0] ?? { vanished: 0, closed: 0 };
}
