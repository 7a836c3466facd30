-- Rendered by `hotpot migrate render` from the resource declarations (src/store/schema): review it and commit
-- it; never edit it once applied. A changed declaration renders a new migration.

-- gcp.compute.network_firewall_policy
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

-- gcp.compute.region_network_firewall_policy
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
create index gcp_compute_region_network_firewall_policies_history_valid_from on gcp_compute_region_network_firewall_policies_history (valid_from);
create index gcp_compute_region_network_firewall_policies_history_valid_to_i on gcp_compute_region_network_firewall_policies_history (valid_to) where valid_to is not null;

-- gcp.compute.firewall_policy
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
