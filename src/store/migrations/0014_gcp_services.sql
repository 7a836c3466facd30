-- Rendered by `hotpot migrate render` from the resource declarations (src/store/schema): review it and commit
-- it; never edit it once applied. A changed declaration renders a new migration.

-- gcp.container.cluster
create table gcp_gke_clusters (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  status             text,
  endpoint           text,
  private_nodes      boolean,
  private_endpoint   boolean,
  authorized_networks_enabled boolean,
  authorized_cidrs   text[] not null default '{}',
  legacy_abac        boolean,
  workload_pool      text,
  release_channel    text,
  node_service_account text,
  network            text,
  master_version     text,
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index gcp_gke_clusters_name_idx on gcp_gke_clusters (project_id, name);
create index gcp_gke_clusters_location_idx on gcp_gke_clusters (project_id, location);
create table gcp_gke_clusters_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  status             text,
  endpoint           text,
  private_nodes      boolean,
  private_endpoint   boolean,
  authorized_networks_enabled boolean,
  authorized_cidrs   text[] not null default '{}',
  legacy_abac        boolean,
  workload_pool      text,
  release_channel    text,
  node_service_account text,
  network            text,
  master_version     text,
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
create unique index gcp_gke_clusters_history_open_idx on gcp_gke_clusters_history (project_id, id) where valid_to is null;
create index gcp_gke_clusters_history_valid_from_idx on gcp_gke_clusters_history (valid_from);
create index gcp_gke_clusters_history_valid_to_idx on gcp_gke_clusters_history (valid_to) where valid_to is not null;

-- gcp.container.node_pool
create table gcp_gke_node_pools (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  cluster            text,
  status             text,
  machine_type       text,
  service_account    text,
  node_count         bigint,
  version            text,
  instance_group_urls text[] not null default '{}',
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index gcp_gke_node_pools_name_idx on gcp_gke_node_pools (project_id, name);
create index gcp_gke_node_pools_location_idx on gcp_gke_node_pools (project_id, location);
create index gcp_gke_node_pools_cluster_idx on gcp_gke_node_pools (cluster);
create table gcp_gke_node_pools_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  cluster            text,
  status             text,
  machine_type       text,
  service_account    text,
  node_count         bigint,
  version            text,
  instance_group_urls text[] not null default '{}',
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
create unique index gcp_gke_node_pools_history_open_idx on gcp_gke_node_pools_history (project_id, id) where valid_to is null;
create index gcp_gke_node_pools_history_valid_from_idx on gcp_gke_node_pools_history (valid_from);
create index gcp_gke_node_pools_history_valid_to_idx on gcp_gke_node_pools_history (valid_to) where valid_to is not null;

-- gcp.sql.instance
create table gcp_sql_instances (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  state              text,
  database_version   text,
  tier               text,
  public_ipv4        text,
  private_ip         text,
  ipv4_enabled       boolean,
  authorized_networks text[] not null default '{}',
  private_network    text,
  ssl_mode           text,
  require_ssl        boolean,
  backups_enabled    boolean,
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index gcp_sql_instances_name_idx on gcp_sql_instances (project_id, name);
create index gcp_sql_instances_location_idx on gcp_sql_instances (project_id, location);
create table gcp_sql_instances_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  state              text,
  database_version   text,
  tier               text,
  public_ipv4        text,
  private_ip         text,
  ipv4_enabled       boolean,
  authorized_networks text[] not null default '{}',
  private_network    text,
  ssl_mode           text,
  require_ssl        boolean,
  backups_enabled    boolean,
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
create unique index gcp_sql_instances_history_open_idx on gcp_sql_instances_history (project_id, id) where valid_to is null;
create index gcp_sql_instances_history_valid_from_idx on gcp_sql_instances_history (valid_from);
create index gcp_sql_instances_history_valid_to_idx on gcp_sql_instances_history (valid_to) where valid_to is not null;

-- gcp.storage.bucket
create table gcp_storage_buckets (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  bucket_location    text,
  storage_class      text,
  uniform_access     boolean,
  public_access_prevention text,
  versioning         boolean,
  retention_seconds  bigint,
  kms_key            text,
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index gcp_storage_buckets_name_idx on gcp_storage_buckets (project_id, name);
create index gcp_storage_buckets_location_idx on gcp_storage_buckets (project_id, location);
create table gcp_storage_buckets_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  bucket_location    text,
  storage_class      text,
  uniform_access     boolean,
  public_access_prevention text,
  versioning         boolean,
  retention_seconds  bigint,
  kms_key            text,
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
create unique index gcp_storage_buckets_history_open_idx on gcp_storage_buckets_history (project_id, id) where valid_to is null;
create index gcp_storage_buckets_history_valid_from_idx on gcp_storage_buckets_history (valid_from);
create index gcp_storage_buckets_history_valid_to_idx on gcp_storage_buckets_history (valid_to) where valid_to is not null;

-- gcp.storage.bucket_iam_policy
create table gcp_storage_bucket_iam_policies (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  members            text[] not null default '{}',
  roles              text[] not null default '{}',
  public_roles       text[] not null default '{}',
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index gcp_storage_bucket_iam_policies_name_idx on gcp_storage_bucket_iam_policies (project_id, name);
create index gcp_storage_bucket_iam_policies_location_idx on gcp_storage_bucket_iam_policies (project_id, location);
create index gcp_storage_bucket_iam_policies_members_idx on gcp_storage_bucket_iam_policies using gin (members);
create table gcp_storage_bucket_iam_policies_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  members            text[] not null default '{}',
  roles              text[] not null default '{}',
  public_roles       text[] not null default '{}',
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
create unique index gcp_storage_bucket_iam_policies_history_open_idx on gcp_storage_bucket_iam_policies_history (project_id, id) where valid_to is null;
create index gcp_storage_bucket_iam_policies_history_valid_from_idx on gcp_storage_bucket_iam_policies_history (valid_from);
create index gcp_storage_bucket_iam_policies_history_valid_to_idx on gcp_storage_bucket_iam_policies_history (valid_to) where valid_to is not null;

-- gcp.iam.service_account
create table gcp_iam_service_accounts (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  display_name       text,
  disabled           boolean,
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index gcp_iam_service_accounts_name_idx on gcp_iam_service_accounts (project_id, name);
create index gcp_iam_service_accounts_location_idx on gcp_iam_service_accounts (project_id, location);
create table gcp_iam_service_accounts_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  display_name       text,
  disabled           boolean,
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
create unique index gcp_iam_service_accounts_history_open_idx on gcp_iam_service_accounts_history (project_id, id) where valid_to is null;
create index gcp_iam_service_accounts_history_valid_from_idx on gcp_iam_service_accounts_history (valid_from);
create index gcp_iam_service_accounts_history_valid_to_idx on gcp_iam_service_accounts_history (valid_to) where valid_to is not null;

-- gcp.iam.service_account_key
create table gcp_iam_service_account_keys (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  service_account    text,
  key_type           text,
  key_origin         text,
  valid_before       timestamptz,
  disabled           boolean,
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index gcp_iam_service_account_keys_name_idx on gcp_iam_service_account_keys (project_id, name);
create index gcp_iam_service_account_keys_location_idx on gcp_iam_service_account_keys (project_id, location);
create index gcp_iam_service_account_keys_service_account_idx on gcp_iam_service_account_keys (service_account);
create table gcp_iam_service_account_keys_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  service_account    text,
  key_type           text,
  key_origin         text,
  valid_before       timestamptz,
  disabled           boolean,
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
create unique index gcp_iam_service_account_keys_history_open_idx on gcp_iam_service_account_keys_history (project_id, id) where valid_to is null;
create index gcp_iam_service_account_keys_history_valid_from_idx on gcp_iam_service_account_keys_history (valid_from);
create index gcp_iam_service_account_keys_history_valid_to_idx on gcp_iam_service_account_keys_history (valid_to) where valid_to is not null;

-- gcp.iam.project_policy
create table gcp_iam_project_iam_policies (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  version            integer,
  members            text[] not null default '{}',
  roles              text[] not null default '{}',
  public_roles       text[] not null default '{}',
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index gcp_iam_project_iam_policies_name_idx on gcp_iam_project_iam_policies (project_id, name);
create index gcp_iam_project_iam_policies_location_idx on gcp_iam_project_iam_policies (project_id, location);
create index gcp_iam_project_iam_policies_members_idx on gcp_iam_project_iam_policies using gin (members);
create table gcp_iam_project_iam_policies_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  version            integer,
  members            text[] not null default '{}',
  roles              text[] not null default '{}',
  public_roles       text[] not null default '{}',
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
create unique index gcp_iam_project_iam_policies_history_open_idx on gcp_iam_project_iam_policies_history (project_id, id) where valid_to is null;
create index gcp_iam_project_iam_policies_history_valid_from_idx on gcp_iam_project_iam_policies_history (valid_from);
create index gcp_iam_project_iam_policies_history_valid_to_idx on gcp_iam_project_iam_policies_history (valid_to) where valid_to is not null;
