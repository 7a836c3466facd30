-- SentinelOne (Management API v2.1): sites, groups and agents of a management console. Same shape as 0002:
-- a current table and a history table per resource; project_id holds the console's name (its scope id).
-- Agents keep their hostname, IPv4 addresses and reported cloud instance id typed, for `hotpot coverage`.

-- SentinelOne sites of a console (project_id is the console name).
create table s1_sites (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  account_id         text,
  account_name       text,
  state              text,
  site_type          text,
  suite              text,
  is_default         boolean,
  active_licenses    integer,
  total_licenses     integer,
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index s1_sites_name_idx on s1_sites (project_id, name);
create index s1_sites_location_idx on s1_sites (project_id, location);
create table s1_sites_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  account_id         text,
  account_name       text,
  state              text,
  site_type          text,
  suite              text,
  is_default         boolean,
  active_licenses    integer,
  total_licenses     integer,
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
create unique index s1_sites_history_open_idx on s1_sites_history (project_id, id) where valid_to is null;
create index s1_sites_history_valid_from_idx on s1_sites_history (valid_from);
create index s1_sites_history_valid_to_idx on s1_sites_history (valid_to) where valid_to is not null;

-- SentinelOne groups (static, dynamic, pinned) of every site.
create table s1_groups (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  site_id            text,
  type               text,
  is_default         boolean,
  inherits           boolean,
  rank               integer,
  total_agents       integer,
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index s1_groups_name_idx on s1_groups (project_id, name);
create index s1_groups_location_idx on s1_groups (project_id, location);
create index s1_groups_site_id_idx on s1_groups (site_id);
create table s1_groups_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  site_id            text,
  type               text,
  is_default         boolean,
  inherits           boolean,
  rank               integer,
  total_agents       integer,
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
create unique index s1_groups_history_open_idx on s1_groups_history (project_id, id) where valid_to is null;
create index s1_groups_history_valid_from_idx on s1_groups_history (valid_from);
create index s1_groups_history_valid_to_idx on s1_groups_history (valid_to) where valid_to is not null;

-- SentinelOne agents: hostname, interfaces IPv4 (internal_ips), reported cloud instance, health and threats.
create table s1_agents (
  project_id             text not null,
  id                     text not null,
  name                   text not null,
  location               text not null,
  uuid                   text,
  computer_name          text,
  os_type                text,
  os_name                text,
  agent_version          text,
  account_id             text,
  site_id                text,
  site_name              text,
  group_id               text,
  group_name             text,
  is_active              boolean,
  is_decommissioned      boolean,
  infected               boolean,
  active_threats         integer,
  threat_reboot_required boolean,
  network_status         text,
  last_active_date       timestamptz,
  external_ip            text,
  internal_ips           text[] not null default '{}',
  cloud_provider         text,
  cloud_instance_id      text,
  cloud_account          text,
  cloud_location         text,
  creation_timestamp     timestamptz,
  fingerprint            text not null,
  raw                    jsonb not null,
  first_seen             timestamptz not null,
  valid_from             timestamptz not null,
  primary key (project_id, id)
);
create index s1_agents_name_idx on s1_agents (project_id, name);
create index s1_agents_location_idx on s1_agents (project_id, location);
create index s1_agents_computer_name_idx on s1_agents (computer_name);
create index s1_agents_cloud_instance_id_idx on s1_agents (cloud_instance_id);
create index s1_agents_internal_ips_idx on s1_agents using gin (internal_ips);
create table s1_agents_history (
  project_id             text not null,
  id                     text not null,
  name                   text not null,
  location               text not null,
  uuid                   text,
  computer_name          text,
  os_type                text,
  os_name                text,
  agent_version          text,
  account_id             text,
  site_id                text,
  site_name              text,
  group_id               text,
  group_name             text,
  is_active              boolean,
  is_decommissioned      boolean,
  infected               boolean,
  active_threats         integer,
  threat_reboot_required boolean,
  network_status         text,
  last_active_date       timestamptz,
  external_ip            text,
  internal_ips           text[] not null default '{}',
  cloud_provider         text,
  cloud_instance_id      text,
  cloud_account          text,
  cloud_location         text,
  creation_timestamp     timestamptz,
  fingerprint            text not null,
  raw                    jsonb not null,
  first_seen             timestamptz not null,
  valid_from             timestamptz not null,
  valid_to               timestamptz,
  deleted_at             timestamptz,
  primary key (project_id, id, valid_from),
  check (valid_to is null or valid_to >= valid_from)
);
create unique index s1_agents_history_open_idx on s1_agents_history (project_id, id) where valid_to is null;
create index s1_agents_history_valid_from_idx on s1_agents_history (valid_from);
create index s1_agents_history_valid_to_idx on s1_agents_history (valid_to) where valid_to is not null;
