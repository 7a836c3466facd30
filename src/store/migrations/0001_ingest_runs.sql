-- Runs of the ingestion workflows and the outcome of each scope (project x resource kind) within them.
create table ingest_runs (
  run_id        text primary key,
  workflow_id   text not null,
  workflow_type text not null,
  started_at    timestamptz not null,
  finished_at   timestamptz,
  status        text not null check (status in ('running', 'ok', 'partial', 'failed')),
  project_count integer not null default 0,
  summary       jsonb
);
create index ingest_runs_started_at_idx on ingest_runs (started_at desc);

create table ingest_scope_results (
  run_id        text not null references ingest_runs (run_id) on delete cascade,
  project_id    text not null,
  resource_kind text not null,
  started_at    timestamptz not null,
  finished_at   timestamptz,
  status        text not null check (status in ('running', 'ok', 'partial', 'failed')),
  listed        integer not null default 0,
  created       integer not null default 0,
  changed       integer not null default 0,
  unchanged     integer not null default 0,
  deleted       integer not null default 0,
  api_calls     integer not null default 0,
  unreachable   text[] not null default '{}',
  error_type    text,
  error_message text,
  primary key (run_id, project_id, resource_kind)
);
create index ingest_scope_results_project_idx on ingest_scope_results (project_id, resource_kind, started_at desc);

-- "Last seen" per location of a scope, so unchanged wide rows are never rewritten just to say they were seen.
create table sync_locations (
  project_id    text not null,
  resource_kind text not null,
  location      text not null,
  last_seen_at  timestamptz not null,
  last_run_id   text not null,
  primary key (project_id, resource_kind, location)
);
