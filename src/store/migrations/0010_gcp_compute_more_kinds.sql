-- Rendered by `hotpot migrate render` from the resource declarations (src/store/schema): review it and commit
-- it; never edit it once applied. A changed declaration renders a new migration.

-- gcp.compute.instance_group_members
create table gcp_compute_instance_group_members (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  instance_group     text,
  instances          text[] not null default '{}',
  size               integer,
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index gcp_compute_instance_group_members_name_idx on gcp_compute_instance_group_members (project_id, name);
create index gcp_compute_instance_group_members_location_idx on gcp_compute_instance_group_members (project_id, location);
create table gcp_compute_instance_group_members_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  instance_group     text,
  instances          text[] not null default '{}',
  size               integer,
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
create unique index gcp_compute_instance_group_members_history_open_idx on gcp_compute_instance_group_members_history (project_id, id) where valid_to is null;
create index gcp_compute_instance_group_members_history_valid_from_idx on gcp_compute_instance_group_members_history (valid_from);
create index gcp_compute_instance_group_members_history_valid_to_idx on gcp_compute_instance_group_members_history (valid_to) where valid_to is not null;

-- gcp.compute.target_instance
create table gcp_compute_target_instances (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  instance           text,
  network            text,
  nat_policy         text,
  security_policy    text,
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index gcp_compute_target_instances_name_idx on gcp_compute_target_instances (project_id, name);
create index gcp_compute_target_instances_location_idx on gcp_compute_target_instances (project_id, location);
create table gcp_compute_target_instances_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  instance           text,
  network            text,
  nat_policy         text,
  security_policy    text,
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
create unique index gcp_compute_target_instances_history_open_idx on gcp_compute_target_instances_history (project_id, id) where valid_to is null;
create index gcp_compute_target_instances_history_valid_from_idx on gcp_compute_target_instances_history (valid_from);
create index gcp_compute_target_instances_history_valid_to_idx on gcp_compute_target_instances_history (valid_to) where valid_to is not null;

-- gcp.compute.target_ssl_proxy
create table gcp_compute_target_ssl_proxies (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  service            text,
  ssl_certificates   text[] not null default '{}',
  ssl_policy         text,
  certificate_map    text,
  proxy_header       text,
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index gcp_compute_target_ssl_proxies_name_idx on gcp_compute_target_ssl_proxies (project_id, name);
create index gcp_compute_target_ssl_proxies_location_idx on gcp_compute_target_ssl_proxies (project_id, location);
create table gcp_compute_target_ssl_proxies_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  service            text,
  ssl_certificates   text[] not null default '{}',
  ssl_policy         text,
  certificate_map    text,
  proxy_header       text,
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
create unique index gcp_compute_target_ssl_proxies_history_open_idx on gcp_compute_target_ssl_proxies_history (project_id, id) where valid_to is null;
create index gcp_compute_target_ssl_proxies_history_valid_from_idx on gcp_compute_target_ssl_proxies_history (valid_from);
create index gcp_compute_target_ssl_proxies_history_valid_to_idx on gcp_compute_target_ssl_proxies_history (valid_to) where valid_to is not null;

-- gcp.compute.target_tcp_proxy
create table gcp_compute_target_tcp_proxies (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  service            text,
  proxy_header       text,
  proxy_bind         boolean,
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index gcp_compute_target_tcp_proxies_name_idx on gcp_compute_target_tcp_proxies (project_id, name);
create index gcp_compute_target_tcp_proxies_location_idx on gcp_compute_target_tcp_proxies (project_id, location);
create table gcp_compute_target_tcp_proxies_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  service            text,
  proxy_header       text,
  proxy_bind         boolean,
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
create unique index gcp_compute_target_tcp_proxies_history_open_idx on gcp_compute_target_tcp_proxies_history (project_id, id) where valid_to is null;
create index gcp_compute_target_tcp_proxies_history_valid_from_idx on gcp_compute_target_tcp_proxies_history (valid_from);
create index gcp_compute_target_tcp_proxies_history_valid_to_idx on gcp_compute_target_tcp_proxies_history (valid_to) where valid_to is not null;

-- gcp.compute.target_vpn_gateway
create table gcp_compute_target_vpn_gateways (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  network            text,
  status             text,
  forwarding_rules   text[] not null default '{}',
  tunnels            text[] not null default '{}',
  labels             jsonb not null default '{}',
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index gcp_compute_target_vpn_gateways_name_idx on gcp_compute_target_vpn_gateways (project_id, name);
create index gcp_compute_target_vpn_gateways_location_idx on gcp_compute_target_vpn_gateways (project_id, location);
create table gcp_compute_target_vpn_gateways_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  network            text,
  status             text,
  forwarding_rules   text[] not null default '{}',
  tunnels            text[] not null default '{}',
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
create unique index gcp_compute_target_vpn_gateways_history_open_idx on gcp_compute_target_vpn_gateways_history (project_id, id) where valid_to is null;
create index gcp_compute_target_vpn_gateways_history_valid_from_idx on gcp_compute_target_vpn_gateways_history (valid_from);
create index gcp_compute_target_vpn_gateways_history_valid_to_idx on gcp_compute_target_vpn_gateways_history (valid_to) where valid_to is not null;

-- gcp.compute.packet_mirroring
create table gcp_compute_packet_mirrorings (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  network            text,
  collector_ilb      text,
  enabled            boolean,
  priority           integer,
  mirrored_subnetworks text[] not null default '{}',
  mirrored_instances text[] not null default '{}',
  mirrored_tags      text[] not null default '{}',
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index gcp_compute_packet_mirrorings_name_idx on gcp_compute_packet_mirrorings (project_id, name);
create index gcp_compute_packet_mirrorings_location_idx on gcp_compute_packet_mirrorings (project_id, location);
create table gcp_compute_packet_mirrorings_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  network            text,
  collector_ilb      text,
  enabled            boolean,
  priority           integer,
  mirrored_subnetworks text[] not null default '{}',
  mirrored_instances text[] not null default '{}',
  mirrored_tags      text[] not null default '{}',
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
create unique index gcp_compute_packet_mirrorings_history_open_idx on gcp_compute_packet_mirrorings_history (project_id, id) where valid_to is null;
create index gcp_compute_packet_mirrorings_history_valid_from_idx on gcp_compute_packet_mirrorings_history (valid_from);
create index gcp_compute_packet_mirrorings_history_valid_to_idx on gcp_compute_packet_mirrorings_history (valid_to) where valid_to is not null;

-- gcp.compute.interconnect
create table gcp_compute_interconnects (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  interconnect_type  text,
  link_type          text,
  interconnect_location text,
  requested_link_count integer,
  provisioned_link_count integer,
  operational_status text,
  state              text,
  admin_enabled      boolean,
  customer_name      text,
  labels             jsonb not null default '{}',
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index gcp_compute_interconnects_name_idx on gcp_compute_interconnects (project_id, name);
create index gcp_compute_interconnects_location_idx on gcp_compute_interconnects (project_id, location);
create table gcp_compute_interconnects_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  interconnect_type  text,
  link_type          text,
  interconnect_location text,
  requested_link_count integer,
  provisioned_link_count integer,
  operational_status text,
  state              text,
  admin_enabled      boolean,
  customer_name      text,
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
create unique index gcp_compute_interconnects_history_open_idx on gcp_compute_interconnects_history (project_id, id) where valid_to is null;
create index gcp_compute_interconnects_history_valid_from_idx on gcp_compute_interconnects_history (valid_from);
create index gcp_compute_interconnects_history_valid_to_idx on gcp_compute_interconnects_history (valid_to) where valid_to is not null;
