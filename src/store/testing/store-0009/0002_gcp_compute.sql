-- Current and history tables per resource. Current: one row per live resource, typed columns people filter on
-- plus the raw API object (lossless). History: every version, valid_from <= t < valid_to (null = still valid);
-- deleted_at is set on the last version of a deleted resource.

-- Compute Engine instances.
create table gcp_compute_instances (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  status             text,
  machine_type       text,
  cpu_platform       text,
  internal_ips       text[] not null default '{}',
  external_ips       text[] not null default '{}',
  network_tags       text[] not null default '{}',
  service_accounts   text[] not null default '{}',
  labels             jsonb not null default '{}',
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index gcp_compute_instances_name_idx on gcp_compute_instances (project_id, name);
create index gcp_compute_instances_location_idx on gcp_compute_instances (project_id, location);
create index gcp_compute_instances_status_idx on gcp_compute_instances (status);
create index gcp_compute_instances_labels_idx on gcp_compute_instances using gin (labels);
create table gcp_compute_instances_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  status             text,
  machine_type       text,
  cpu_platform       text,
  internal_ips       text[] not null default '{}',
  external_ips       text[] not null default '{}',
  network_tags       text[] not null default '{}',
  service_accounts   text[] not null default '{}',
  labels             jsonb not null default '{}',
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  valid_to           timestamptz,
  deleted_at         timestamptz,
  primary key (project_id, id, valid_from),
  check (valid_to is null or valid_to >= valid_from)
);
create unique index gcp_compute_instances_history_open_idx on gcp_compute_instances_history (project_id, id) where valid_to is null;
create index gcp_compute_instances_history_valid_from_idx on gcp_compute_instances_history (valid_from);
create index gcp_compute_instances_history_valid_to_idx on gcp_compute_instances_history (valid_to) where valid_to is not null;

-- Compute Engine persistent disks (zonal and regional).
create table gcp_compute_disks (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  status             text,
  size_gb            bigint,
  disk_type          text,
  source_image       text,
  users              text[] not null default '{}',
  labels             jsonb not null default '{}',
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index gcp_compute_disks_name_idx on gcp_compute_disks (project_id, name);
create index gcp_compute_disks_location_idx on gcp_compute_disks (project_id, location);
create index gcp_compute_disks_status_idx on gcp_compute_disks (status);
create index gcp_compute_disks_labels_idx on gcp_compute_disks using gin (labels);
create table gcp_compute_disks_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  status             text,
  size_gb            bigint,
  disk_type          text,
  source_image       text,
  users              text[] not null default '{}',
  labels             jsonb not null default '{}',
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  valid_to           timestamptz,
  deleted_at         timestamptz,
  primary key (project_id, id, valid_from),
  check (valid_to is null or valid_to >= valid_from)
);
create unique index gcp_compute_disks_history_open_idx on gcp_compute_disks_history (project_id, id) where valid_to is null;
create index gcp_compute_disks_history_valid_from_idx on gcp_compute_disks_history (valid_from);
create index gcp_compute_disks_history_valid_to_idx on gcp_compute_disks_history (valid_to) where valid_to is not null;

-- Compute Engine VPC networks (global).
create table gcp_compute_networks (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  auto_create_subnetworks boolean,
  routing_mode       text,
  mtu                integer,
  subnetworks        text[] not null default '{}',
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index gcp_compute_networks_name_idx on gcp_compute_networks (project_id, name);
create index gcp_compute_networks_location_idx on gcp_compute_networks (project_id, location);

create table gcp_compute_networks_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  auto_create_subnetworks boolean,
  routing_mode       text,
  mtu                integer,
  subnetworks        text[] not null default '{}',
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  valid_to           timestamptz,
  deleted_at         timestamptz,
  primary key (project_id, id, valid_from),
  check (valid_to is null or valid_to >= valid_from)
);
create unique index gcp_compute_networks_history_open_idx on gcp_compute_networks_history (project_id, id) where valid_to is null;
create index gcp_compute_networks_history_valid_from_idx on gcp_compute_networks_history (valid_from);
create index gcp_compute_networks_history_valid_to_idx on gcp_compute_networks_history (valid_to) where valid_to is not null;
