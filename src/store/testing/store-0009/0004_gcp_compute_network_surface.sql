-- More Compute Engine resources: the network surface already served by the emulator. Same shape as 0002:
-- a current table and a history table per resource, typed columns plus the raw API object.

-- VPC subnetworks (regional).
create table gcp_compute_subnetworks (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  network            text,
  ip_cidr_range      text,
  secondary_ranges   text[] not null default '{}',
  gateway_address    text,
  private_ip_google_access boolean,
  purpose            text,
  stack_type         text,
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index gcp_compute_subnetworks_name_idx on gcp_compute_subnetworks (project_id, name);
create index gcp_compute_subnetworks_location_idx on gcp_compute_subnetworks (project_id, location);
create table gcp_compute_subnetworks_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  network            text,
  ip_cidr_range      text,
  secondary_ranges   text[] not null default '{}',
  gateway_address    text,
  private_ip_google_access boolean,
  purpose            text,
  stack_type         text,
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
create unique index gcp_compute_subnetworks_history_open_idx on gcp_compute_subnetworks_history (project_id, id) where valid_to is null;
create index gcp_compute_subnetworks_history_valid_from_idx on gcp_compute_subnetworks_history (valid_from);
create index gcp_compute_subnetworks_history_valid_to_idx on gcp_compute_subnetworks_history (valid_to) where valid_to is not null;

-- VPC firewall rules (global).
create table gcp_compute_firewalls (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  network            text,
  direction          text,
  priority           integer,
  disabled           boolean,
  source_ranges      text[] not null default '{}',
  destination_ranges text[] not null default '{}',
  source_tags        text[] not null default '{}',
  target_tags        text[] not null default '{}',
  target_service_accounts text[] not null default '{}',
  allowed            text[] not null default '{}',
  denied             text[] not null default '{}',
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index gcp_compute_firewalls_name_idx on gcp_compute_firewalls (project_id, name);
create index gcp_compute_firewalls_location_idx on gcp_compute_firewalls (project_id, location);
create table gcp_compute_firewalls_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  network            text,
  direction          text,
  priority           integer,
  disabled           boolean,
  source_ranges      text[] not null default '{}',
  destination_ranges text[] not null default '{}',
  source_tags        text[] not null default '{}',
  target_tags        text[] not null default '{}',
  target_service_accounts text[] not null default '{}',
  allowed            text[] not null default '{}',
  denied             text[] not null default '{}',
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
create unique index gcp_compute_firewalls_history_open_idx on gcp_compute_firewalls_history (project_id, id) where valid_to is null;
create index gcp_compute_firewalls_history_valid_from_idx on gcp_compute_firewalls_history (valid_from);
create index gcp_compute_firewalls_history_valid_to_idx on gcp_compute_firewalls_history (valid_to) where valid_to is not null;

-- Reserved IP addresses (regional).
create table gcp_compute_addresses (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  address            text,
  address_type       text,
  status             text,
  purpose            text,
  network_tier       text,
  ip_version         text,
  network            text,
  subnetwork         text,
  users              text[] not null default '{}',
  labels             jsonb not null default '{}',
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index gcp_compute_addresses_name_idx on gcp_compute_addresses (project_id, name);
create index gcp_compute_addresses_location_idx on gcp_compute_addresses (project_id, location);
create table gcp_compute_addresses_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  address            text,
  address_type       text,
  status             text,
  purpose            text,
  network_tier       text,
  ip_version         text,
  network            text,
  subnetwork         text,
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
create unique index gcp_compute_addresses_history_open_idx on gcp_compute_addresses_history (project_id, id) where valid_to is null;
create index gcp_compute_addresses_history_valid_from_idx on gcp_compute_addresses_history (valid_from);
create index gcp_compute_addresses_history_valid_to_idx on gcp_compute_addresses_history (valid_to) where valid_to is not null;

-- Reserved global IP addresses.
create table gcp_compute_global_addresses (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  address            text,
  address_type       text,
  status             text,
  purpose            text,
  network_tier       text,
  ip_version         text,
  network            text,
  subnetwork         text,
  users              text[] not null default '{}',
  labels             jsonb not null default '{}',
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index gcp_compute_global_addresses_name_idx on gcp_compute_global_addresses (project_id, name);
create index gcp_compute_global_addresses_location_idx on gcp_compute_global_addresses (project_id, location);
create table gcp_compute_global_addresses_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  address            text,
  address_type       text,
  status             text,
  purpose            text,
  network_tier       text,
  ip_version         text,
  network            text,
  subnetwork         text,
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
create unique index gcp_compute_global_addresses_history_open_idx on gcp_compute_global_addresses_history (project_id, id) where valid_to is null;
create index gcp_compute_global_addresses_history_valid_from_idx on gcp_compute_global_addresses_history (valid_from);
create index gcp_compute_global_addresses_history_valid_to_idx on gcp_compute_global_addresses_history (valid_to) where valid_to is not null;

-- Cloud Routers and their NAT configuration (regional).
create table gcp_compute_routers (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  network            text,
  bgp_asn            bigint,
  nat_names          text[] not null default '{}',
  nat_ip_allocation  text[] not null default '{}',
  nat_source_ranges  text[] not null default '{}',
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index gcp_compute_routers_name_idx on gcp_compute_routers (project_id, name);
create index gcp_compute_routers_location_idx on gcp_compute_routers (project_id, location);
create table gcp_compute_routers_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  network            text,
  bgp_asn            bigint,
  nat_names          text[] not null default '{}',
  nat_ip_allocation  text[] not null default '{}',
  nat_source_ranges  text[] not null default '{}',
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
create unique index gcp_compute_routers_history_open_idx on gcp_compute_routers_history (project_id, id) where valid_to is null;
create index gcp_compute_routers_history_valid_from_idx on gcp_compute_routers_history (valid_from);
create index gcp_compute_routers_history_valid_to_idx on gcp_compute_routers_history (valid_to) where valid_to is not null;

-- Zonal instance groups.
create table gcp_compute_instance_groups (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  network            text,
  subnetwork         text,
  size               integer,
  named_ports        text[] not null default '{}',
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index gcp_compute_instance_groups_name_idx on gcp_compute_instance_groups (project_id, name);
create index gcp_compute_instance_groups_location_idx on gcp_compute_instance_groups (project_id, location);
create table gcp_compute_instance_groups_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  network            text,
  subnetwork         text,
  size               integer,
  named_ports        text[] not null default '{}',
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
create unique index gcp_compute_instance_groups_history_open_idx on gcp_compute_instance_groups_history (project_id, id) where valid_to is null;
create index gcp_compute_instance_groups_history_valid_from_idx on gcp_compute_instance_groups_history (valid_from);
create index gcp_compute_instance_groups_history_valid_to_idx on gcp_compute_instance_groups_history (valid_to) where valid_to is not null;
