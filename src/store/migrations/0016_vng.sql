-- Rendered by `hotpot migrate render` from the resource declarations (src/store/schema): review it and commit
-- it; never edit it once applied. A changed declaration renders a new migration.

-- vng.network
create table vng_networks (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  cidr               text,
  status             text,
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index vng_networks_name_idx on vng_networks (project_id, name);
create index vng_networks_location_idx on vng_networks (project_id, location);
create table vng_networks_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  cidr               text,
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
create unique index vng_networks_history_open_idx on vng_networks_history (project_id, id) where valid_to is null;
create index vng_networks_history_valid_from_idx on vng_networks_history (valid_from);
create index vng_networks_history_valid_to_idx on vng_networks_history (valid_to) where valid_to is not null;

-- vng.subnet
create table vng_subnets (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  cidr               text,
  network_id         text,
  status             text,
  route_table_id     text,
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index vng_subnets_name_idx on vng_subnets (project_id, name);
create index vng_subnets_location_idx on vng_subnets (project_id, location);
create index vng_subnets_network_id_idx on vng_subnets (network_id);
create table vng_subnets_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  cidr               text,
  network_id         text,
  status             text,
  route_table_id     text,
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
create unique index vng_subnets_history_open_idx on vng_subnets_history (project_id, id) where valid_to is null;
create index vng_subnets_history_valid_from_idx on vng_subnets_history (valid_from);
create index vng_subnets_history_valid_to_idx on vng_subnets_history (valid_to) where valid_to is not null;

-- vng.secgroup
create table vng_secgroups (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  description        text,
  status             text,
  system             boolean,
  rule_count         integer,
  ingress_rule_count integer,
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index vng_secgroups_name_idx on vng_secgroups (project_id, name);
create index vng_secgroups_location_idx on vng_secgroups (project_id, location);
create table vng_secgroups_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  description        text,
  status             text,
  system             boolean,
  rule_count         integer,
  ingress_rule_count integer,
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
create unique index vng_secgroups_history_open_idx on vng_secgroups_history (project_id, id) where valid_to is null;
create index vng_secgroups_history_valid_from_idx on vng_secgroups_history (valid_from);
create index vng_secgroups_history_valid_to_idx on vng_secgroups_history (valid_to) where valid_to is not null;

-- vng.server
create table vng_servers (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  status             text,
  flavor_id          text,
  flavor_name        text,
  cpu                integer,
  memory             integer,
  image_id           text,
  image_type         text,
  image_version      text,
  zone_id            text,
  fixed_ips          text[] not null default '{}',
  floating_ips       text[] not null default '{}',
  network_ids        text[] not null default '{}',
  secgroup_ids       text[] not null default '{}',
  boot_volume_id     text,
  encryption_volume  boolean,
  server_group_id    text,
  ssh_key_name       text,
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index vng_servers_name_idx on vng_servers (project_id, name);
create index vng_servers_location_idx on vng_servers (project_id, location);
create index vng_servers_fixed_ips_idx on vng_servers using gin (fixed_ips);
create index vng_servers_floating_ips_idx on vng_servers using gin (floating_ips);
create index vng_servers_secgroup_ids_idx on vng_servers using gin (secgroup_ids);
create table vng_servers_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  status             text,
  flavor_id          text,
  flavor_name        text,
  cpu                integer,
  memory             integer,
  image_id           text,
  image_type         text,
  image_version      text,
  zone_id            text,
  fixed_ips          text[] not null default '{}',
  floating_ips       text[] not null default '{}',
  network_ids        text[] not null default '{}',
  secgroup_ids       text[] not null default '{}',
  boot_volume_id     text,
  encryption_volume  boolean,
  server_group_id    text,
  ssh_key_name       text,
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
create unique index vng_servers_history_open_idx on vng_servers_history (project_id, id) where valid_to is null;
create index vng_servers_history_valid_from_idx on vng_servers_history (valid_from);
create index vng_servers_history_valid_to_idx on vng_servers_history (valid_to) where valid_to is not null;

-- vng.volume
create table vng_volumes (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  status             text,
  size_gb            integer,
  volume_type_id     text,
  volume_type_zone_name text,
  bootable           boolean,
  encryption_type    text,
  multi_attach       boolean,
  server_ids         text[] not null default '{}',
  zone_name          text,
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index vng_volumes_name_idx on vng_volumes (project_id, name);
create index vng_volumes_location_idx on vng_volumes (project_id, location);
create index vng_volumes_server_ids_idx on vng_volumes using gin (server_ids);
create table vng_volumes_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  status             text,
  size_gb            integer,
  volume_type_id     text,
  volume_type_zone_name text,
  bootable           boolean,
  encryption_type    text,
  multi_attach       boolean,
  server_ids         text[] not null default '{}',
  zone_name          text,
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
create unique index vng_volumes_history_open_idx on vng_volumes_history (project_id, id) where valid_to is null;
create index vng_volumes_history_valid_from_idx on vng_volumes_history (valid_from);
create index vng_volumes_history_valid_to_idx on vng_volumes_history (valid_to) where valid_to is not null;

-- vng.wanIp
create table vng_wan_ips (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  ip                 text,
  fixed_ip           text,
  network_interface_id text,
  status             text,
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index vng_wan_ips_name_idx on vng_wan_ips (project_id, name);
create index vng_wan_ips_location_idx on vng_wan_ips (project_id, location);
create index vng_wan_ips_ip_idx on vng_wan_ips (ip);
create table vng_wan_ips_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  ip                 text,
  fixed_ip           text,
  network_interface_id text,
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
create unique index vng_wan_ips_history_open_idx on vng_wan_ips_history (project_id, id) where valid_to is null;
create index vng_wan_ips_history_valid_from_idx on vng_wan_ips_history (valid_from);
create index vng_wan_ips_history_valid_to_idx on vng_wan_ips_history (valid_to) where valid_to is not null;

-- vng.sshKey
create table vng_ssh_keys (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  key_fingerprint    text,
  status             text,
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index vng_ssh_keys_name_idx on vng_ssh_keys (project_id, name);
create index vng_ssh_keys_location_idx on vng_ssh_keys (project_id, location);
create index vng_ssh_keys_key_fingerprint_idx on vng_ssh_keys (key_fingerprint);
create table vng_ssh_keys_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  key_fingerprint    text,
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
create unique index vng_ssh_keys_history_open_idx on vng_ssh_keys_history (project_id, id) where valid_to is null;
create index vng_ssh_keys_history_valid_from_idx on vng_ssh_keys_history (valid_from);
create index vng_ssh_keys_history_valid_to_idx on vng_ssh_keys_history (valid_to) where valid_to is not null;

-- vng.serverGroup
create table vng_server_groups (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  description        text,
  policy_id          text,
  policy_name        text,
  server_ids         text[] not null default '{}',
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index vng_server_groups_name_idx on vng_server_groups (project_id, name);
create index vng_server_groups_location_idx on vng_server_groups (project_id, location);
create index vng_server_groups_server_ids_idx on vng_server_groups using gin (server_ids);
create table vng_server_groups_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  description        text,
  policy_id          text,
  policy_name        text,
  server_ids         text[] not null default '{}',
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
create unique index vng_server_groups_history_open_idx on vng_server_groups_history (project_id, id) where valid_to is null;
create index vng_server_groups_history_valid_from_idx on vng_server_groups_history (valid_from);
create index vng_server_groups_history_valid_to_idx on vng_server_groups_history (valid_to) where valid_to is not null;
