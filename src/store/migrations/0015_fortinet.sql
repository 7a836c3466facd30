-- Rendered by `hotpot migrate render` from the resource declarations (src/store/schema): review it and commit
-- it; never edit it once applied. A changed declaration renders a new migration.

-- fortinet.device
create table fortinet_devices (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  serial             text,
  hostname           text,
  version            text,
  build              integer,
  model              text,
  model_name         text,
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index fortinet_devices_name_idx on fortinet_devices (project_id, name);
create index fortinet_devices_location_idx on fortinet_devices (project_id, location);
create index fortinet_devices_serial_idx on fortinet_devices (serial);
create table fortinet_devices_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  serial             text,
  hostname           text,
  version            text,
  build              integer,
  model              text,
  model_name         text,
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
create unique index fortinet_devices_history_open_idx on fortinet_devices_history (project_id, id) where valid_to is null;
create index fortinet_devices_history_valid_from_idx on fortinet_devices_history (valid_from);
create index fortinet_devices_history_valid_to_idx on fortinet_devices_history (valid_to) where valid_to is not null;

-- fortinet.interface
create table fortinet_interfaces (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  vdom               text,
  ip                 text,
  type               text,
  role               text,
  status             text,
  alias              text,
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index fortinet_interfaces_name_idx on fortinet_interfaces (project_id, name);
create index fortinet_interfaces_location_idx on fortinet_interfaces (project_id, location);
create table fortinet_interfaces_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  vdom               text,
  ip                 text,
  type               text,
  role               text,
  status             text,
  alias              text,
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
create unique index fortinet_interfaces_history_open_idx on fortinet_interfaces_history (project_id, id) where valid_to is null;
create index fortinet_interfaces_history_valid_from_idx on fortinet_interfaces_history (valid_from);
create index fortinet_interfaces_history_valid_to_idx on fortinet_interfaces_history (valid_to) where valid_to is not null;

-- fortinet.address
create table fortinet_addresses (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  type               text,
  subnet             text,
  start_ip           text,
  end_ip             text,
  fqdn               text,
  country            text,
  uuid               text,
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index fortinet_addresses_name_idx on fortinet_addresses (project_id, name);
create index fortinet_addresses_location_idx on fortinet_addresses (project_id, location);
create table fortinet_addresses_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  type               text,
  subnet             text,
  start_ip           text,
  end_ip             text,
  fqdn               text,
  country            text,
  uuid               text,
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
create unique index fortinet_addresses_history_open_idx on fortinet_addresses_history (project_id, id) where valid_to is null;
create index fortinet_addresses_history_valid_from_idx on fortinet_addresses_history (valid_from);
create index fortinet_addresses_history_valid_to_idx on fortinet_addresses_history (valid_to) where valid_to is not null;

-- fortinet.addrgrp
create table fortinet_addrgrps (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  members            text[] not null default '{}',
  exclude            text,
  exclude_members    text[] not null default '{}',
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index fortinet_addrgrps_name_idx on fortinet_addrgrps (project_id, name);
create index fortinet_addrgrps_location_idx on fortinet_addrgrps (project_id, location);
create table fortinet_addrgrps_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  members            text[] not null default '{}',
  exclude            text,
  exclude_members    text[] not null default '{}',
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
create unique index fortinet_addrgrps_history_open_idx on fortinet_addrgrps_history (project_id, id) where valid_to is null;
create index fortinet_addrgrps_history_valid_from_idx on fortinet_addrgrps_history (valid_from);
create index fortinet_addrgrps_history_valid_to_idx on fortinet_addrgrps_history (valid_to) where valid_to is not null;

-- fortinet.vip
create table fortinet_vips (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  vip_id             integer,
  type               text,
  ext_ip             text,
  ext_interface      text,
  mapped_ips         text[] not null default '{}',
  port_forward       text,
  protocol           text,
  ext_port           text,
  mapped_port        text,
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index fortinet_vips_name_idx on fortinet_vips (project_id, name);
create index fortinet_vips_location_idx on fortinet_vips (project_id, location);
create index fortinet_vips_ext_ip_idx on fortinet_vips (ext_ip);
create index fortinet_vips_mapped_ips_idx on fortinet_vips using gin (mapped_ips);
create table fortinet_vips_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  vip_id             integer,
  type               text,
  ext_ip             text,
  ext_interface      text,
  mapped_ips         text[] not null default '{}',
  port_forward       text,
  protocol           text,
  ext_port           text,
  mapped_port        text,
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
create unique index fortinet_vips_history_open_idx on fortinet_vips_history (project_id, id) where valid_to is null;
create index fortinet_vips_history_valid_from_idx on fortinet_vips_history (valid_from);
create index fortinet_vips_history_valid_to_idx on fortinet_vips_history (valid_to) where valid_to is not null;

-- fortinet.vipgrp
create table fortinet_vipgrps (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  interface          text,
  members            text[] not null default '{}',
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index fortinet_vipgrps_name_idx on fortinet_vipgrps (project_id, name);
create index fortinet_vipgrps_location_idx on fortinet_vipgrps (project_id, location);
create table fortinet_vipgrps_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  interface          text,
  members            text[] not null default '{}',
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
create unique index fortinet_vipgrps_history_open_idx on fortinet_vipgrps_history (project_id, id) where valid_to is null;
create index fortinet_vipgrps_history_valid_from_idx on fortinet_vipgrps_history (valid_from);
create index fortinet_vipgrps_history_valid_to_idx on fortinet_vipgrps_history (valid_to) where valid_to is not null;

-- fortinet.service
create table fortinet_services (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  protocol           text,
  protocol_number    integer,
  tcp_portrange      text,
  udp_portrange      text,
  sctp_portrange     text,
  category           text,
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index fortinet_services_name_idx on fortinet_services (project_id, name);
create index fortinet_services_location_idx on fortinet_services (project_id, location);
create table fortinet_services_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  protocol           text,
  protocol_number    integer,
  tcp_portrange      text,
  udp_portrange      text,
  sctp_portrange     text,
  category           text,
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
create unique index fortinet_services_history_open_idx on fortinet_services_history (project_id, id) where valid_to is null;
create index fortinet_services_history_valid_from_idx on fortinet_services_history (valid_from);
create index fortinet_services_history_valid_to_idx on fortinet_services_history (valid_to) where valid_to is not null;

-- fortinet.service-group
create table fortinet_service_groups (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  members            text[] not null default '{}',
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index fortinet_service_groups_name_idx on fortinet_service_groups (project_id, name);
create index fortinet_service_groups_location_idx on fortinet_service_groups (project_id, location);
create table fortinet_service_groups_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  members            text[] not null default '{}',
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
create unique index fortinet_service_groups_history_open_idx on fortinet_service_groups_history (project_id, id) where valid_to is null;
create index fortinet_service_groups_history_valid_from_idx on fortinet_service_groups_history (valid_from);
create index fortinet_service_groups_history_valid_to_idx on fortinet_service_groups_history (valid_to) where valid_to is not null;

-- fortinet.static-route
create table fortinet_static_routes (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  seq_num            integer,
  dst                text,
  gateway            text,
  device             text,
  distance           integer,
  status             text,
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index fortinet_static_routes_name_idx on fortinet_static_routes (project_id, name);
create index fortinet_static_routes_location_idx on fortinet_static_routes (project_id, location);
create table fortinet_static_routes_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  seq_num            integer,
  dst                text,
  gateway            text,
  device             text,
  distance           integer,
  status             text,
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
create unique index fortinet_static_routes_history_open_idx on fortinet_static_routes_history (project_id, id) where valid_to is null;
create index fortinet_static_routes_history_valid_from_idx on fortinet_static_routes_history (valid_from);
create index fortinet_static_routes_history_valid_to_idx on fortinet_static_routes_history (valid_to) where valid_to is not null;

-- fortinet.policy
create table fortinet_policies (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  policy_id          integer,
  uuid               text,
  status             text,
  action             text,
  src_interfaces     text[] not null default '{}',
  dst_interfaces     text[] not null default '{}',
  src_addresses      text[] not null default '{}',
  dst_addresses      text[] not null default '{}',
  services           text[] not null default '{}',
  schedule           text,
  nat                text,
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index fortinet_policies_name_idx on fortinet_policies (project_id, name);
create index fortinet_policies_location_idx on fortinet_policies (project_id, location);
create index fortinet_policies_dst_addresses_idx on fortinet_policies using gin (dst_addresses);
create table fortinet_policies_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  policy_id          integer,
  uuid               text,
  status             text,
  action             text,
  src_interfaces     text[] not null default '{}',
  dst_interfaces     text[] not null default '{}',
  src_addresses      text[] not null default '{}',
  dst_addresses      text[] not null default '{}',
  services           text[] not null default '{}',
  schedule           text,
  nat                text,
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
create unique index fortinet_policies_history_open_idx on fortinet_policies_history (project_id, id) where valid_to is null;
create index fortinet_policies_history_valid_from_idx on fortinet_policies_history (valid_from);
create index fortinet_policies_history_valid_to_idx on fortinet_policies_history (valid_to) where valid_to is not null;

-- fortinet.policy-sequence
create table fortinet_policy_sequences (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  policy_ids         text[] not null default '{}',
  policy_count       integer,
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index fortinet_policy_sequences_name_idx on fortinet_policy_sequences (project_id, name);
create index fortinet_policy_sequences_location_idx on fortinet_policy_sequences (project_id, location);
create table fortinet_policy_sequences_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  policy_ids         text[] not null default '{}',
  policy_count       integer,
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
create unique index fortinet_policy_sequences_history_open_idx on fortinet_policy_sequences_history (project_id, id) where valid_to is null;
create index fortinet_policy_sequences_history_valid_from_idx on fortinet_policy_sequences_history (valid_from);
create index fortinet_policy_sequences_history_valid_to_idx on fortinet_policy_sequences_history (valid_to) where valid_to is not null;
