-- Project discovery: one row per run that discovered, and every project it found with what became of it.
create table gcp_discovery_runs (
  run_id            text primary key references ingest_runs (run_id) on delete cascade,
  parents           text[] not null,
  explicit_projects text[] not null default '{}',
  started_at        timestamptz not null,
  finished_at       timestamptz,
  -- Every parent was read: only a complete discovery may report projects as vanished.
  complete          boolean not null default false,
  failures          jsonb not null default '[]',
  api_calls         integer not null default 0
);

create table gcp_discovered_projects (
  run_id          text not null references gcp_discovery_runs (run_id) on delete cascade,
  project_id      text not null,
  project_number  text,
  name            text,
  parent          text,
  state           text,
  labels          jsonb not null default '{}',
  -- compute.googleapis.com enabled; null until checked, or when Service Usage could not say.
  compute_enabled boolean,
  status          text not null check (status in ('pending', 'included', 'skipped', 'filtered', 'inactive')),
  reason          text,
  discovered_at   timestamptz not null,
  primary key (run_id, project_id)
);
create index gcp_discovered_projects_project_idx on gcp_discovered_projects (project_id, discovered_at desc);
create index gcp_discovered_projects_status_idx on gcp_discovered_projects (run_id, status, project_id);

-- Projects of the previous complete discovery missing from a complete one, how that was confirmed
-- (projects.get: DELETE_REQUESTED, NOT_FOUND, PERMISSION_DENIED, ACTIVE) and whether their history was closed.
create table gcp_vanished_projects (
  run_id        text not null references gcp_discovery_runs (run_id) on delete cascade,
  project_id    text not null,
  previous_run  text not null,
  confirmation  text not null,
  closed        boolean not null,
  rows_closed   integer not null default 0,
  reason        text not null,
  checked_at    timestamptz not null,
  primary key (run_id, project_id)
);
