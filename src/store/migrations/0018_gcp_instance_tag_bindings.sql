-- Rendered by `hotpot migrate render` from the resource declarations (src/store/schema): review it and commit
-- it; never edit it once applied. A changed declaration renders a new migration.

-- gcp.compute.instance_tag_bindings
create table gcp_compute_instance_tag_bindings (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  instance           text,
  tag_values         text[] not null default '{}',
  tag_value_names    text[] not null default '{}',
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index gcp_compute_instance_tag_bindings_name_idx on gcp_compute_instance_tag_bindings (project_id, name);
create index gcp_compute_instance_tag_bindings_location_idx on gcp_compute_instance_tag_bindings (project_id, location);
create table gcp_compute_instance_tag_bindings_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  instance           text,
  tag_values         text[] not null default '{}',
  tag_value_names    text[] not null default '{}',
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
create unique index gcp_compute_instance_tag_bindings_history_open_idx on gcp_compute_instance_tag_bindings_history (project_id, id) where valid_to is null;
create index gcp_compute_instance_tag_bindings_history_valid_from_idx on gcp_compute_instance_tag_bindings_history (valid_from);
create index gcp_compute_instance_tag_bindings_history_valid_to_idx on gcp_compute_instance_tag_bindings_history (valid_to) where valid_to is not null;
