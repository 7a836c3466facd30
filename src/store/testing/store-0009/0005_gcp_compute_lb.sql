-- Load balancing and edge security: forwarding rules, target pools, backend services, health checks, URL maps,
-- target proxies, SSL certificates and policies, Cloud Armor policies and network endpoint groups. Same shape
-- as 0002: a current table and a history table per resource. References to other resources (target,
-- backend_service, backend_groups, health_checks, url_map, …) are the URLs the API gives.

-- Regional forwarding rules: the front door of a load balancer (IP, protocol, ports, scheme, target or backend service).
create table gcp_compute_forwarding_rules (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  ip_address         text,
  ip_protocol        text,
  port_range         text,
  ports              text[] not null default '{}',
  all_ports          boolean,
  load_balancing_scheme text,
  target             text,
  backend_service    text,
  network            text,
  subnetwork         text,
  network_tier       text,
  labels             jsonb not null default '{}',
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index gcp_compute_forwarding_rules_name_idx on gcp_compute_forwarding_rules (project_id, name);
create index gcp_compute_forwarding_rules_location_idx on gcp_compute_forwarding_rules (project_id, location);
create index gcp_compute_forwarding_rules_ip_address_idx on gcp_compute_forwarding_rules (ip_address);
create index gcp_compute_forwarding_rules_load_balancing_scheme_idx on gcp_compute_forwarding_rules (load_balancing_scheme);
create table gcp_compute_forwarding_rules_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  ip_address         text,
  ip_protocol        text,
  port_range         text,
  ports              text[] not null default '{}',
  all_ports          boolean,
  load_balancing_scheme text,
  target             text,
  backend_service    text,
  network            text,
  subnetwork         text,
  network_tier       text,
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
create unique index gcp_compute_forwarding_rules_history_open_idx on gcp_compute_forwarding_rules_history (project_id, id) where valid_to is null;
create index gcp_compute_forwarding_rules_history_valid_from_idx on gcp_compute_forwarding_rules_history (valid_from);
create index gcp_compute_forwarding_rules_history_valid_to_idx on gcp_compute_forwarding_rules_history (valid_to) where valid_to is not null;

-- Global forwarding rules: the same row as regional ones.
create table gcp_compute_global_forwarding_rules (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  ip_address         text,
  ip_protocol        text,
  port_range         text,
  ports              text[] not null default '{}',
  all_ports          boolean,
  load_balancing_scheme text,
  target             text,
  backend_service    text,
  network            text,
  subnetwork         text,
  network_tier       text,
  labels             jsonb not null default '{}',
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index gcp_compute_global_forwarding_rules_name_idx on gcp_compute_global_forwarding_rules (project_id, name);
create index gcp_compute_global_forwarding_rules_location_idx on gcp_compute_global_forwarding_rules (project_id, location);
create index gcp_compute_global_forwarding_rules_ip_address_idx on gcp_compute_global_forwarding_rules (ip_address);
create index gcp_compute_global_forwarding_rules_load_balancing_scheme_idx on gcp_compute_global_forwarding_rules (load_balancing_scheme);
create table gcp_compute_global_forwarding_rules_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  ip_address         text,
  ip_protocol        text,
  port_range         text,
  ports              text[] not null default '{}',
  all_ports          boolean,
  load_balancing_scheme text,
  target             text,
  backend_service    text,
  network            text,
  subnetwork         text,
  network_tier       text,
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
create unique index gcp_compute_global_forwarding_rules_history_open_idx on gcp_compute_global_forwarding_rules_history (project_id, id) where valid_to is null;
create index gcp_compute_global_forwarding_rules_history_valid_from_idx on gcp_compute_global_forwarding_rules_history (valid_from);
create index gcp_compute_global_forwarding_rules_history_valid_to_idx on gcp_compute_global_forwarding_rules_history (valid_to) where valid_to is not null;

-- Target pools (regional): instances behind an external passthrough network load balancer.
create table gcp_compute_target_pools (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  instances          text[] not null default '{}',
  health_checks      text[] not null default '{}',
  session_affinity   text,
  backup_pool        text,
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index gcp_compute_target_pools_name_idx on gcp_compute_target_pools (project_id, name);
create index gcp_compute_target_pools_location_idx on gcp_compute_target_pools (project_id, location);
create table gcp_compute_target_pools_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  instances          text[] not null default '{}',
  health_checks      text[] not null default '{}',
  session_affinity   text,
  backup_pool        text,
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
create unique index gcp_compute_target_pools_history_open_idx on gcp_compute_target_pools_history (project_id, id) where valid_to is null;
create index gcp_compute_target_pools_history_valid_from_idx on gcp_compute_target_pools_history (valid_from);
create index gcp_compute_target_pools_history_valid_to_idx on gcp_compute_target_pools_history (valid_to) where valid_to is not null;

-- Backend services, global (location global) and regional.
create table gcp_compute_backend_services (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  load_balancing_scheme text,
  protocol           text,
  port_name          text,
  backend_groups     text[] not null default '{}',
  health_checks      text[] not null default '{}',
  security_policy    text,
  network            text,
  session_affinity   text,
  enable_cdn         boolean,
  timeout_sec        integer,
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index gcp_compute_backend_services_name_idx on gcp_compute_backend_services (project_id, name);
create index gcp_compute_backend_services_location_idx on gcp_compute_backend_services (project_id, location);
create index gcp_compute_backend_services_load_balancing_scheme_idx on gcp_compute_backend_services (load_balancing_scheme);
create table gcp_compute_backend_services_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  load_balancing_scheme text,
  protocol           text,
  port_name          text,
  backend_groups     text[] not null default '{}',
  health_checks      text[] not null default '{}',
  security_policy    text,
  network            text,
  session_affinity   text,
  enable_cdn         boolean,
  timeout_sec        integer,
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
create unique index gcp_compute_backend_services_history_open_idx on gcp_compute_backend_services_history (project_id, id) where valid_to is null;
create index gcp_compute_backend_services_history_valid_from_idx on gcp_compute_backend_services_history (valid_from);
create index gcp_compute_backend_services_history_valid_to_idx on gcp_compute_backend_services_history (valid_to) where valid_to is not null;

-- Health checks, global and regional.
create table gcp_compute_health_checks (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  type               text,
  port               integer,
  request_path       text,
  check_interval_sec integer,
  timeout_sec        integer,
  healthy_threshold  integer,
  unhealthy_threshold integer,
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index gcp_compute_health_checks_name_idx on gcp_compute_health_checks (project_id, name);
create index gcp_compute_health_checks_location_idx on gcp_compute_health_checks (project_id, location);
create table gcp_compute_health_checks_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  type               text,
  port               integer,
  request_path       text,
  check_interval_sec integer,
  timeout_sec        integer,
  healthy_threshold  integer,
  unhealthy_threshold integer,
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
create unique index gcp_compute_health_checks_history_open_idx on gcp_compute_health_checks_history (project_id, id) where valid_to is null;
create index gcp_compute_health_checks_history_valid_from_idx on gcp_compute_health_checks_history (valid_from);
create index gcp_compute_health_checks_history_valid_to_idx on gcp_compute_health_checks_history (valid_to) where valid_to is not null;

-- URL maps, global and regional.
create table gcp_compute_url_maps (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  default_service    text,
  services           text[] not null default '{}',
  hosts              text[] not null default '{}',
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index gcp_compute_url_maps_name_idx on gcp_compute_url_maps (project_id, name);
create index gcp_compute_url_maps_location_idx on gcp_compute_url_maps (project_id, location);
create table gcp_compute_url_maps_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  default_service    text,
  services           text[] not null default '{}',
  hosts              text[] not null default '{}',
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
create unique index gcp_compute_url_maps_history_open_idx on gcp_compute_url_maps_history (project_id, id) where valid_to is null;
create index gcp_compute_url_maps_history_valid_from_idx on gcp_compute_url_maps_history (valid_from);
create index gcp_compute_url_maps_history_valid_to_idx on gcp_compute_url_maps_history (valid_to) where valid_to is not null;

-- Target HTTP proxies, global and regional.
create table gcp_compute_target_http_proxies (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  url_map            text,
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index gcp_compute_target_http_proxies_name_idx on gcp_compute_target_http_proxies (project_id, name);
create index gcp_compute_target_http_proxies_location_idx on gcp_compute_target_http_proxies (project_id, location);
create table gcp_compute_target_http_proxies_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  url_map            text,
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
create unique index gcp_compute_target_http_proxies_history_open_idx on gcp_compute_target_http_proxies_history (project_id, id) where valid_to is null;
create index gcp_compute_target_http_proxies_history_valid_from_idx on gcp_compute_target_http_proxies_history (valid_from);
create index gcp_compute_target_http_proxies_history_valid_to_idx on gcp_compute_target_http_proxies_history (valid_to) where valid_to is not null;

-- Target HTTPS proxies, global and regional.
create table gcp_compute_target_https_proxies (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  url_map            text,
  ssl_certificates   text[] not null default '{}',
  ssl_policy         text,
  quic_override      text,
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index gcp_compute_target_https_proxies_name_idx on gcp_compute_target_https_proxies (project_id, name);
create index gcp_compute_target_https_proxies_location_idx on gcp_compute_target_https_proxies (project_id, location);
create table gcp_compute_target_https_proxies_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  url_map            text,
  ssl_certificates   text[] not null default '{}',
  ssl_policy         text,
  quic_override      text,
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
create unique index gcp_compute_target_https_proxies_history_open_idx on gcp_compute_target_https_proxies_history (project_id, id) where valid_to is null;
create index gcp_compute_target_https_proxies_history_valid_from_idx on gcp_compute_target_https_proxies_history (valid_from);
create index gcp_compute_target_https_proxies_history_valid_to_idx on gcp_compute_target_https_proxies_history (valid_to) where valid_to is not null;

-- SSL certificates, global and regional: type, domains, managed status and expiry (the API never returns private keys).
create table gcp_compute_ssl_certificates (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  type               text,
  domains            text[] not null default '{}',
  managed_status     text,
  expire_time        timestamptz,
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index gcp_compute_ssl_certificates_name_idx on gcp_compute_ssl_certificates (project_id, name);
create index gcp_compute_ssl_certificates_location_idx on gcp_compute_ssl_certificates (project_id, location);
create index gcp_compute_ssl_certificates_expire_time_idx on gcp_compute_ssl_certificates (expire_time);
create table gcp_compute_ssl_certificates_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  type               text,
  domains            text[] not null default '{}',
  managed_status     text,
  expire_time        timestamptz,
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
create unique index gcp_compute_ssl_certificates_history_open_idx on gcp_compute_ssl_certificates_history (project_id, id) where valid_to is null;
create index gcp_compute_ssl_certificates_history_valid_from_idx on gcp_compute_ssl_certificates_history (valid_from);
create index gcp_compute_ssl_certificates_history_valid_to_idx on gcp_compute_ssl_certificates_history (valid_to) where valid_to is not null;

-- SSL policies, global and regional.
create table gcp_compute_ssl_policies (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  profile            text,
  min_tls_version    text,
  enabled_features   text[] not null default '{}',
  custom_features    text[] not null default '{}',
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index gcp_compute_ssl_policies_name_idx on gcp_compute_ssl_policies (project_id, name);
create index gcp_compute_ssl_policies_location_idx on gcp_compute_ssl_policies (project_id, location);
create table gcp_compute_ssl_policies_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  profile            text,
  min_tls_version    text,
  enabled_features   text[] not null default '{}',
  custom_features    text[] not null default '{}',
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
create unique index gcp_compute_ssl_policies_history_open_idx on gcp_compute_ssl_policies_history (project_id, id) where valid_to is null;
create index gcp_compute_ssl_policies_history_valid_from_idx on gcp_compute_ssl_policies_history (valid_from);
create index gcp_compute_ssl_policies_history_valid_to_idx on gcp_compute_ssl_policies_history (valid_to) where valid_to is not null;

-- Cloud Armor security policies, global and regional.
create table gcp_compute_security_policies (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  type               text,
  default_action     text,
  rule_count         integer,
  labels             jsonb not null default '{}',
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index gcp_compute_security_policies_name_idx on gcp_compute_security_policies (project_id, name);
create index gcp_compute_security_policies_location_idx on gcp_compute_security_policies (project_id, location);
create table gcp_compute_security_policies_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  type               text,
  default_action     text,
  rule_count         integer,
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
create unique index gcp_compute_security_policies_history_open_idx on gcp_compute_security_policies_history (project_id, id) where valid_to is null;
create index gcp_compute_security_policies_history_valid_from_idx on gcp_compute_security_policies_history (valid_from);
create index gcp_compute_security_policies_history_valid_to_idx on gcp_compute_security_policies_history (valid_to) where valid_to is not null;

-- Network endpoint groups (zonal).
create table gcp_compute_network_endpoint_groups (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  network_endpoint_type text,
  network            text,
  subnetwork         text,
  default_port       integer,
  size               integer,
  creation_timestamp timestamptz,
  fingerprint        text not null,
  raw                jsonb not null,
  first_seen         timestamptz not null,
  valid_from         timestamptz not null,
  primary key (project_id, id)
);
create index gcp_compute_network_endpoint_groups_name_idx on gcp_compute_network_endpoint_groups (project_id, name);
create index gcp_compute_network_endpoint_groups_location_idx on gcp_compute_network_endpoint_groups (project_id, location);
create table gcp_compute_network_endpoint_groups_history (
  project_id         text not null,
  id                 text not null,
  name               text not null,
  location           text not null,
  network_endpoint_type text,
  network            text,
  subnetwork         text,
  default_port       integer,
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
create unique index gcp_compute_network_endpoint_groups_history_open_idx on gcp_compute_network_endpoint_groups_history (project_id, id) where valid_to is null;
create index gcp_compute_network_endpoint_groups_history_valid_from_idx on gcp_compute_network_endpoint_groups_history (valid_from);
create index gcp_compute_network_endpoint_groups_history_valid_to_idx on gcp_compute_network_endpoint_groups_history (valid_to) where valid_to is not null;
