-- Rendered by `hotpot migrate render` from the resource declarations (src/store/schema): review it and commit
-- it; never edit it once applied. A changed declaration renders a new migration.

-- gcp.sql.database
create table gcp_sql_databases (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  instance           text,
  charset            text,
  collation_name     text,
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index gcp_sql_databases_name_idx on gcp_sql_databases (project_id, name);
create index gcp_sql_databases_location_idx on gcp_sql_databases (project_id, location);
create index gcp_sql_databases_instance_idx on gcp_sql_databases (instance);
create table gcp_sql_databases_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  instance           text,
  charset            text,
  collation_name     text,
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
create unique index gcp_sql_databases_history_open_idx on gcp_sql_databases_history (project_id, id) where valid_to is null;
create index gcp_sql_databases_history_valid_from_idx on gcp_sql_databases_history (valid_from);
create index gcp_sql_databases_history_valid_to_idx on gcp_sql_databases_history (valid_to) where valid_to is not null;

-- gcp.sql.user
create table gcp_sql_users (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  instance           text,
  host               text,
  user_type          text,
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index gcp_sql_users_name_idx on gcp_sql_users (project_id, name);
create index gcp_sql_users_location_idx on gcp_sql_users (project_id, location);
create index gcp_sql_users_instance_idx on gcp_sql_users (instance);
create table gcp_sql_users_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  instance           text,
  host               text,
  user_type          text,
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
create unique index gcp_sql_users_history_open_idx on gcp_sql_users_history (project_id, id) where valid_to is null;
create index gcp_sql_users_history_valid_from_idx on gcp_sql_users_history (valid_from);
create index gcp_sql_users_history_valid_to_idx on gcp_sql_users_history (valid_to) where valid_to is not null;

-- gcp.run.service
create table gcp_run_services (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  ingress            text,
  invoker_iam_disabled boolean,
  service_account    text,
  vpc_connector      text,
  vpc_egress         text,
  vpc_networks       text[] not null default '{}',
  uri                text,
  default_uri_disabled boolean,
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index gcp_run_services_name_idx on gcp_run_services (project_id, name);
create index gcp_run_services_location_idx on gcp_run_services (project_id, location);
create table gcp_run_services_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  ingress            text,
  invoker_iam_disabled boolean,
  service_account    text,
  vpc_connector      text,
  vpc_egress         text,
  vpc_networks       text[] not null default '{}',
  uri                text,
  default_uri_disabled boolean,
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
create unique index gcp_run_services_history_open_idx on gcp_run_services_history (project_id, id) where valid_to is null;
create index gcp_run_services_history_valid_from_idx on gcp_run_services_history (valid_from);
create index gcp_run_services_history_valid_to_idx on gcp_run_services_history (valid_to) where valid_to is not null;

-- gcp.run.service_iam_policy
create table gcp_run_service_iam_policies (
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
create index gcp_run_service_iam_policies_name_idx on gcp_run_service_iam_policies (project_id, name);
create index gcp_run_service_iam_policies_location_idx on gcp_run_service_iam_policies (project_id, location);
create index gcp_run_service_iam_policies_members_idx on gcp_run_service_iam_policies using gin (members);
create table gcp_run_service_iam_policies_history (
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
create unique index gcp_run_service_iam_policies_history_open_idx on gcp_run_service_iam_policies_history (project_id, id) where valid_to is null;
create index gcp_run_service_iam_policies_history_valid_from_idx on gcp_run_service_iam_policies_history (valid_from);
create index gcp_run_service_iam_policies_history_valid_to_idx on gcp_run_service_iam_policies_history (valid_to) where valid_to is not null;

-- gcp.run.job
create table gcp_run_jobs (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  service_account    text,
  vpc_connector      text,
  vpc_egress         text,
  execution_count    integer,
  launch_stage       text,
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index gcp_run_jobs_name_idx on gcp_run_jobs (project_id, name);
create index gcp_run_jobs_location_idx on gcp_run_jobs (project_id, location);
create table gcp_run_jobs_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  service_account    text,
  vpc_connector      text,
  vpc_egress         text,
  execution_count    integer,
  launch_stage       text,
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
create unique index gcp_run_jobs_history_open_idx on gcp_run_jobs_history (project_id, id) where valid_to is null;
create index gcp_run_jobs_history_valid_from_idx on gcp_run_jobs_history (valid_from);
create index gcp_run_jobs_history_valid_to_idx on gcp_run_jobs_history (valid_to) where valid_to is not null;
