-- Rendered by `hotpot migrate render` from the resource declarations (src/store/schema): review it and commit
-- it; never edit it once applied. A changed declaration renders a new migration.

-- gcp.compute.instance_group_manager
create table gcp_compute_instance_group_managers (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  base_instance_name text,
  instance_template  text,
  instance_group     text,
  target_size        integer,
  is_stable          boolean,
  target_pools       text[] not null default '{}',
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index gcp_compute_instance_group_managers_name_idx on gcp_compute_instance_group_managers (project_id, name);
create index gcp_compute_instance_group_managers_location_idx on gcp_compute_instance_group_managers (project_id, location);
create table gcp_compute_instance_group_managers_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  base_instance_name text,
  instance_template  text,
  instance_group     text,
  target_size        integer,
  is_stable          boolean,
  target_pools       text[] not null default '{}',
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
create unique index gcp_compute_instance_group_managers_history_open_idx on gcp_compute_instance_group_managers_history (project_id, id) where valid_to is null;
create index gcp_compute_instance_group_managers_history_valid_from_idx on gcp_compute_instance_group_managers_history (valid_from);
create index gcp_compute_instance_group_managers_history_valid_to_idx on gcp_compute_instance_group_managers_history (valid_to) where valid_to is not null;

-- gcp.compute.instance_template
create table gcp_compute_instance_templates (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  machine_type       text,
  networks           text[] not null default '{}',
  subnetworks        text[] not null default '{}',
  network_tags       text[] not null default '{}',
  service_accounts   text[] not null default '{}',
  source_images      text[] not null default '{}',
  can_ip_forward     boolean,
  labels             jsonb not null default '{}',
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index gcp_compute_instance_templates_name_idx on gcp_compute_instance_templates (project_id, name);
create index gcp_compute_instance_templates_location_idx on gcp_compute_instance_templates (project_id, location);
create index gcp_compute_instance_templates_labels_idx on gcp_compute_instance_templates using gin (labels);
create table gcp_compute_instance_templates_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  machine_type       text,
  networks           text[] not null default '{}',
  subnetworks        text[] not null default '{}',
  network_tags       text[] not null default '{}',
  service_accounts   text[] not null default '{}',
  source_images      text[] not null default '{}',
  can_ip_forward     boolean,
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
create unique index gcp_compute_instance_templates_history_open_idx on gcp_compute_instance_templates_history (project_id, id) where valid_to is null;
create index gcp_compute_instance_templates_history_valid_from_idx on gcp_compute_instance_templates_history (valid_from);
create index gcp_compute_instance_templates_history_valid_to_idx on gcp_compute_instance_templates_history (valid_to) where valid_to is not null;

-- gcp.compute.image
create table gcp_compute_images (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  family             text,
  status             text,
  source_disk        text,
  disk_size_gb       bigint,
  archive_size_bytes bigint,
  deprecation_state  text,
  architecture       text,
  labels             jsonb not null default '{}',
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index gcp_compute_images_name_idx on gcp_compute_images (project_id, name);
create index gcp_compute_images_location_idx on gcp_compute_images (project_id, location);
create index gcp_compute_images_family_idx on gcp_compute_images (family);
create index gcp_compute_images_labels_idx on gcp_compute_images using gin (labels);
create table gcp_compute_images_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  family             text,
  status             text,
  source_disk        text,
  disk_size_gb       bigint,
  archive_size_bytes bigint,
  deprecation_state  text,
  architecture       text,
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
create unique index gcp_compute_images_history_open_idx on gcp_compute_images_history (project_id, id) where valid_to is null;
create index gcp_compute_images_history_valid_from_idx on gcp_compute_images_history (valid_from);
create index gcp_compute_images_history_valid_to_idx on gcp_compute_images_history (valid_to) where valid_to is not null;

-- gcp.compute.snapshot
create table gcp_compute_snapshots (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  status             text,
  source_disk        text,
  disk_size_gb       bigint,
  storage_bytes      bigint,
  auto_created       boolean,
  snapshot_schedule  text,
  storage_locations  text[] not null default '{}',
  labels             jsonb not null default '{}',
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index gcp_compute_snapshots_name_idx on gcp_compute_snapshots (project_id, name);
create index gcp_compute_snapshots_location_idx on gcp_compute_snapshots (project_id, location);
create index gcp_compute_snapshots_source_disk_idx on gcp_compute_snapshots (source_disk);
create index gcp_compute_snapshots_labels_idx on gcp_compute_snapshots using gin (labels);
create table gcp_compute_snapshots_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  status             text,
  source_disk        text,
  disk_size_gb       bigint,
  storage_bytes      bigint,
  auto_created       boolean,
  snapshot_schedule  text,
  storage_locations  text[] not null default '{}',
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
create unique index gcp_compute_snapshots_history_open_idx on gcp_compute_snapshots_history (project_id, id) where valid_to is null;
create index gcp_compute_snapshots_history_valid_from_idx on gcp_compute_snapshots_history (valid_from);
create index gcp_compute_snapshots_history_valid_to_idx on gcp_compute_snapshots_history (valid_to) where valid_to is not null;

-- gcp.compute.machine_image
create table gcp_compute_machine_images (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  status             text,
  source_instance    text,
  machine_type       text,
  total_storage_bytes bigint,
  storage_locations  text[] not null default '{}',
  labels             jsonb not null default '{}',
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index gcp_compute_machine_images_name_idx on gcp_compute_machine_images (project_id, name);
create index gcp_compute_machine_images_location_idx on gcp_compute_machine_images (project_id, location);
create index gcp_compute_machine_images_source_instance_idx on gcp_compute_machine_images (source_instance);
create table gcp_compute_machine_images_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  status             text,
  source_instance    text,
  machine_type       text,
  total_storage_bytes bigint,
  storage_locations  text[] not null default '{}',
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
create unique index gcp_compute_machine_images_history_open_idx on gcp_compute_machine_images_history (project_id, id) where valid_to is null;
create index gcp_compute_machine_images_history_valid_from_idx on gcp_compute_machine_images_history (valid_from);
create index gcp_compute_machine_images_history_valid_to_idx on gcp_compute_machine_images_history (valid_to) where valid_to is not null;

-- gcp.compute.vpn_gateway
create table gcp_compute_vpn_gateways (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  network            text,
  ip_addresses       text[] not null default '{}',
  stack_type         text,
  labels             jsonb not null default '{}',
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index gcp_compute_vpn_gateways_name_idx on gcp_compute_vpn_gateways (project_id, name);
create index gcp_compute_vpn_gateways_location_idx on gcp_compute_vpn_gateways (project_id, location);
create index gcp_compute_vpn_gateways_network_idx on gcp_compute_vpn_gateways (network);
create table gcp_compute_vpn_gateways_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  network            text,
  ip_addresses       text[] not null default '{}',
  stack_type         text,
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
create unique index gcp_compute_vpn_gateways_history_open_idx on gcp_compute_vpn_gateways_history (project_id, id) where valid_to is null;
create index gcp_compute_vpn_gateways_history_valid_from_idx on gcp_compute_vpn_gateways_history (valid_from);
create index gcp_compute_vpn_gateways_history_valid_to_idx on gcp_compute_vpn_gateways_history (valid_to) where valid_to is not null;

-- gcp.compute.vpn_tunnel
create table gcp_compute_vpn_tunnels (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  status             text,
  vpn_gateway        text,
  vpn_gateway_interface integer,
  router             text,
  peer_ip            text,
  peer_gateway       text,
  ike_version        integer,
  labels             jsonb not null default '{}',
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index gcp_compute_vpn_tunnels_name_idx on gcp_compute_vpn_tunnels (project_id, name);
create index gcp_compute_vpn_tunnels_location_idx on gcp_compute_vpn_tunnels (project_id, location);
create index gcp_compute_vpn_tunnels_status_idx on gcp_compute_vpn_tunnels (status);
create table gcp_compute_vpn_tunnels_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  status             text,
  vpn_gateway        text,
  vpn_gateway_interface integer,
  router             text,
  peer_ip            text,
  peer_gateway       text,
  ike_version        integer,
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
create unique index gcp_compute_vpn_tunnels_history_open_idx on gcp_compute_vpn_tunnels_history (project_id, id) where valid_to is null;
create index gcp_compute_vpn_tunnels_history_valid_from_idx on gcp_compute_vpn_tunnels_history (valid_from);
create index gcp_compute_vpn_tunnels_history_valid_to_idx on gcp_compute_vpn_tunnels_history (valid_to) where valid_to is not null;

-- gcp.compute.interconnect_attachment
create table gcp_compute_interconnect_attachments (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  attachment_type    text,
  state              text,
  operational_status text,
  router             text,
  interconnect       text,
  bandwidth          text,
  vlan_tag           integer,
  edge_availability_domain text,
  cloud_router_ip    text,
  customer_router_ip text,
  admin_enabled      boolean,
  labels             jsonb not null default '{}',
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index gcp_compute_interconnect_attachments_name_idx on gcp_compute_interconnect_attachments (project_id, name);
create index gcp_compute_interconnect_attachments_location_idx on gcp_compute_interconnect_attachments (project_id, location);
create index gcp_compute_interconnect_attachments_router_idx on gcp_compute_interconnect_attachments (router);
create table gcp_compute_interconnect_attachments_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  attachment_type    text,
  state              text,
  operational_status text,
  router             text,
  interconnect       text,
  bandwidth          text,
  vlan_tag           integer,
  edge_availability_domain text,
  cloud_router_ip    text,
  customer_router_ip text,
  admin_enabled      boolean,
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
create unique index gcp_compute_interconnect_attachments_history_open_idx on gcp_compute_interconnect_attachments_history (project_id, id) where valid_to is null;
create index gcp_compute_interconnect_attachments_history_valid_from_idx on gcp_compute_interconnect_attachments_history (valid_from);
create index gcp_compute_interconnect_attachments_history_valid_to_idx on gcp_compute_interconnect_attachments_history (valid_to) where valid_to is not null;

-- gcp.compute.resource_policy
create table gcp_compute_resource_policies (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  status             text,
  policy_type        text,
  retention_days     integer,
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index gcp_compute_resource_policies_name_idx on gcp_compute_resource_policies (project_id, name);
create index gcp_compute_resource_policies_location_idx on gcp_compute_resource_policies (project_id, location);
create table gcp_compute_resource_policies_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  status             text,
  policy_type        text,
  retention_days     integer,
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
create unique index gcp_compute_resource_policies_history_open_idx on gcp_compute_resource_policies_history (project_id, id) where valid_to is null;
create index gcp_compute_resource_policies_history_valid_from_idx on gcp_compute_resource_policies_history (valid_from);
create index gcp_compute_resource_policies_history_valid_to_idx on gcp_compute_resource_policies_history (valid_to) where valid_to is not null;

-- gcp.compute.project
create table gcp_compute_projects (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  default_service_account text,
  xpn_project_status text,
  default_network_tier text,
  enable_oslogin     boolean,
  metadata_keys      text[] not null default '{}',
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index gcp_compute_projects_name_idx on gcp_compute_projects (project_id, name);
create index gcp_compute_projects_location_idx on gcp_compute_projects (project_id, location);
create table gcp_compute_projects_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  default_service_account text,
  xpn_project_status text,
  default_network_tier text,
  enable_oslogin     boolean,
  metadata_keys      text[] not null default '{}',
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
create unique index gcp_compute_projects_history_open_idx on gcp_compute_projects_history (project_id, id) where valid_to is null;
create index gcp_compute_projects_history_valid_from_idx on gcp_compute_projects_history (valid_from);
create index gcp_compute_projects_history_valid_to_idx on gcp_compute_projects_history (valid_to) where valid_to is not null;
