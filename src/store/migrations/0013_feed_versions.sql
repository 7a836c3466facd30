-- Versions written from a change feed (Cloud Asset feed messages over Pub/Sub) rather than a listing: one row per
-- version a feed event opened or closed, keyed like the history row it describes, so queries can mark them.
create table feed_versions (
  project_id    text not null,
  resource_kind text not null,
  resource_id   text not null,
  valid_from    timestamptz not null,
  -- The change's own time (window.startTime); valid_from differs only when a listing wrote a later version.
  event_time    timestamptz not null,
  deleted       boolean not null default false,
  message_id    text not null,
  applied_at    timestamptz not null default clock_timestamp(),
  primary key (project_id, resource_kind, resource_id, valid_from)
);
create index feed_versions_applied_idx on feed_versions (applied_at);

-- What the listener last heard per project: gap detection (a project silent past the subscription's retention,
-- or an event older than it, is synced in full).
create table feed_projects (
  project_id       text primary key,
  last_event_time  timestamptz not null,
  last_received_at timestamptz not null,
  last_sync_requested_at timestamptz
);
