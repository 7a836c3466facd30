-- One writer per scope (project x resource kind) for a whole listing: the holder of the lease and a fencing
-- epoch that every write of the listing checks, so a stale attempt can never write after a newer one began.
create table scope_leases (
  project_id    text not null,
  resource_kind text not null,
  holder        text not null,
  -- The workflow execution holding it: a later attempt of the same execution takes over at once.
  execution     text not null,
  epoch         bigint not null,
  renewed_at    timestamptz not null,
  released      boolean not null default false,
  primary key (project_id, resource_kind)
);

-- Items a listing returned that could not be stored (no id, a NUL byte, a wrong type, too large): recorded
-- with their error; the previous version of a rejected resource is kept.
create table ingest_rejected_items (
  run_id        text not null,
  project_id    text not null,
  resource_kind text not null,
  item_id       text,
  location      text,
  error         text not null,
  size_bytes    integer not null,
  excerpt       text not null,
  rejected_at   timestamptz not null default clock_timestamp()
);
create index ingest_rejected_items_run_idx on ingest_rejected_items (run_id, project_id, resource_kind);

-- Evidence behind deletions: confirmation calls made, deletions held back (unconfirmed, or refused by the
-- mass deletion guard), rejected items, and the locations the listing covered.
alter table ingest_scope_results
  add column rejected        integer not null default 0,
  add column confirm_calls   integer not null default 0,
  add column deletions_held  integer not null default 0,
  add column held_reason     text,
  add column covered         text[] not null default '{}';
