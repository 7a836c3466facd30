-- Firewall policies (same shape as 0002): global and regional network firewall policies per project, and
-- hierarchical policies per organization or folder (their project_id is the node: organizations/N, folders/N).

-- Global network firewall policies.
create table gcp_compute_network_firewall_policies (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  short_name         text,
  parent             text,
  associations       text[] not null default '{}',
  rule_count         integer,
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index gcp_compute_network_firewall_policies_name_idx on gcp_compute_network_firewall_policies (project_id, name);
create index gcp_compute_network_firewall_policies_location_idx on gcp_compute_network_firewall_policies (project_id, location);
create table gcp_compute_network_firewall_policies_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  short_name         text,
  parent             text,
  associations       text[] not null default '{}',
  rule_count         integer,
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
create unique index gcp_compute_network_firewall_policies_history_open_idx on gcp_compute_network_firewall_policies_history (project_id, id) where valid_to is null;
create index gcp_compute_network_firewall_policies_history_valid_from_idx on gcp_compute_network_firewall_policies_history (valid_from);
create index gcp_compute_network_firewall_policies_history_valid_to_idx on gcp_compute_network_firewall_policies_history (valid_to) where valid_to is not null;

-- Regional network firewall policies.
create table gcp_compute_region_network_firewall_policies (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  short_name         text,
  parent             text,
  associations       text[] not null default '{}',
  rule_count         integer,
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index gcp_compute_region_network_firewall_policies_name_idx on gcp_compute_region_network_firewall_policies (project_id, name);
create index gcp_compute_region_network_firewall_policies_location_idx on gcp_compute_region_network_firewall_policies (project_id, location);
create table gcp_compute_region_network_firewall_policies_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  short_name         text,
  parent             text,
  associations       text[] not null default '{}',
  rule_count         integer,
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
create unique index gcp_compute_region_network_firewall_policies_history_open_idx on gcp_compute_region_network_firewall_policies_history (project_id, id) where valid_to is null;
create index gcp_compute_region_network_firewall_policies_history_valid_from_idx on gcp_compute_region_network_firewall_policies_history (valid_from);
create index gcp_compute_region_network_firewall_policies_history_valid_to_idx on gcp_compute_region_network_firewall_policies_history (valid_to) where valid_to is not null;

-- Hierarchical firewall policies, scoped to the organization or folder that owns them.
create table gcp_compute_firewall_policies (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  short_name         text,
  parent             text,
  associations       text[] not null default '{}',
  rule_count         integer,
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index gcp_compute_firewall_policies_name_idx on gcp_compute_firewall_policies (project_id, name);
create index gcp_compute_firewall_policies_location_idx on gcp_compute_firewall_policies (project_id, location);
create table gcp_compute_firewall_policies_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  short_name         text,
  parent             text,
  associations       text[] not null default '{}',
  rule_count         integer,
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
create unique index gcp_compute_firewall_policies_history_open_idx on gcp_compute_firewall_policies_history (project_id, id) where valid_to is null;
create index gcp_compute_firewall_policies_history_valid_from_idx on gcp_compute_firewall_policies_history (valid_from);
create index gcp_compute_firewall_policies_history_valid_to_idx on gcp_compute_firewall_policies_history (valid_to) where valid_to is not null;

-- Folders a discovery walked, with their parents: with gcp_discovered_projects.parent, the resource hierarchy
-- above each project (which hierarchical firewall policies apply to it).
create table gcp_discovered_folders (
  run_id        text not null references gcp_discovery_runs (run_id) on delete cascade,
  folder        text not null,
  parent        text not null,
  discovered_at timestamptz not null,
  primary key (run_id, folder)
);
create index gcp_discovered_folders_folder_idx on gcp_discovered_folders (folder, discovered_at desc);
