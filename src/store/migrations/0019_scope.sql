-- The unit a provider syncs is a scope (a GCP project, an S1 console, a FortiGate VDOM, a VNG project):
-- every resource table, its history table and the engine tables name the column `scope`, and runs count scopes.
-- GCP discovery (gcp_discovered_projects, gcp_vanished_projects) and the change feed's feed_projects keep
-- project_id: those rows are GCP projects. A resource table is renamed if it exists (a folder of migrations
-- without some provider's tables renders them later, already with `scope`).

alter table ingest_rejected_items rename column project_id to scope;
alter table ingest_scope_results rename column project_id to scope;
alter table scope_leases rename column project_id to scope;
alter table sync_locations rename column project_id to scope;
alter table feed_versions rename column project_id to scope;
alter table ingest_runs rename column project_count to scope_count;
alter index ingest_scope_results_project_idx rename to ingest_scope_results_scope_idx;

alter table if exists fortinet_addresses rename column project_id to scope;
alter table if exists fortinet_addresses_history rename column project_id to scope;
alter table if exists fortinet_addrgrps rename column project_id to scope;
alter table if exists fortinet_addrgrps_history rename column project_id to scope;
alter table if exists fortinet_devices rename column project_id to scope;
alter table if exists fortinet_devices_history rename column project_id to scope;
alter table if exists fortinet_interfaces rename column project_id to scope;
alter table if exists fortinet_interfaces_history rename column project_id to scope;
alter table if exists fortinet_policies rename column project_id to scope;
alter table if exists fortinet_policies_history rename column project_id to scope;
alter table if exists fortinet_policy_sequences rename column project_id to scope;
alter table if exists fortinet_policy_sequences_history rename column project_id to scope;
alter table if exists fortinet_service_groups rename column project_id to scope;
alter table if exists fortinet_service_groups_history rename column project_id to scope;
alter table if exists fortinet_services rename column project_id to scope;
alter table if exists fortinet_services_history rename column project_id to scope;
alter table if exists fortinet_static_routes rename column project_id to scope;
alter table if exists fortinet_static_routes_history rename column project_id to scope;
alter table if exists fortinet_vipgrps rename column project_id to scope;
alter table if exists fortinet_vipgrps_history rename column project_id to scope;
alter table if exists fortinet_vips rename column project_id to scope;
alter table if exists fortinet_vips_history rename column project_id to scope;
alter table if exists gcp_compute_addresses rename column project_id to scope;
alter table if exists gcp_compute_addresses_history rename column project_id to scope;
alter table if exists gcp_compute_backend_services rename column project_id to scope;
alter table if exists gcp_compute_backend_services_history rename column project_id to scope;
alter table if exists gcp_compute_disks rename column project_id to scope;
alter table if exists gcp_compute_disks_history rename column project_id to scope;
alter table if exists gcp_compute_firewall_policies rename column project_id to scope;
alter table if exists gcp_compute_firewall_policies_history rename column project_id to scope;
alter table if exists gcp_compute_firewalls rename column project_id to scope;
alter table if exists gcp_compute_firewalls_history rename column project_id to scope;
alter table if exists gcp_compute_forwarding_rules rename column project_id to scope;
alter table if exists gcp_compute_forwarding_rules_history rename column project_id to scope;
alter table if exists gcp_compute_global_addresses rename column project_id to scope;
alter table if exists gcp_compute_global_addresses_history rename column project_id to scope;
alter table if exists gcp_compute_global_forwarding_rules rename column project_id to scope;
alter table if exists gcp_compute_global_forwarding_rules_history rename column project_id to scope;
alter table if exists gcp_compute_health_checks rename column project_id to scope;
alter table if exists gcp_compute_health_checks_history rename column project_id to scope;
alter table if exists gcp_compute_images rename column project_id to scope;
alter table if exists gcp_compute_images_history rename column project_id to scope;
alter table if exists gcp_compute_instance_group_managers rename column project_id to scope;
alter table if exists gcp_compute_instance_group_managers_history rename column project_id to scope;
alter table if exists gcp_compute_instance_group_members rename column project_id to scope;
alter table if exists gcp_compute_instance_group_members_history rename column project_id to scope;
alter table if exists gcp_compute_instance_groups rename column project_id to scope;
alter table if exists gcp_compute_instance_groups_history rename column project_id to scope;
alter table if exists gcp_compute_instance_tag_bindings rename column project_id to scope;
alter table if exists gcp_compute_instance_tag_bindings_history rename column project_id to scope;
alter table if exists gcp_compute_instance_templates rename column project_id to scope;
alter table if exists gcp_compute_instance_templates_history rename column project_id to scope;
alter table if exists gcp_compute_instances rename column project_id to scope;
alter table if exists gcp_compute_instances_history rename column project_id to scope;
alter table if exists gcp_compute_interconnect_attachments rename column project_id to scope;
alter table if exists gcp_compute_interconnect_attachments_history rename column project_id to scope;
alter table if exists gcp_compute_interconnects rename column project_id to scope;
alter table if exists gcp_compute_interconnects_history rename column project_id to scope;
alter table if exists gcp_compute_machine_images rename column project_id to scope;
alter table if exists gcp_compute_machine_images_history rename column project_id to scope;
alter table if exists gcp_compute_network_endpoint_groups rename column project_id to scope;
alter table if exists gcp_compute_network_endpoint_groups_history rename column project_id to scope;
alter table if exists gcp_compute_network_firewall_policies rename column project_id to scope;
alter table if exists gcp_compute_network_firewall_policies_history rename column project_id to scope;
alter table if exists gcp_compute_networks rename column project_id to scope;
alter table if exists gcp_compute_networks_history rename column project_id to scope;
alter table if exists gcp_compute_packet_mirrorings rename column project_id to scope;
alter table if exists gcp_compute_packet_mirrorings_history rename column project_id to scope;
alter table if exists gcp_compute_projects rename column project_id to scope;
alter table if exists gcp_compute_projects_history rename column project_id to scope;
alter table if exists gcp_compute_region_network_firewall_policies rename column project_id to scope;
alter table if exists gcp_compute_region_network_firewall_policies_history rename column project_id to scope;
alter table if exists gcp_compute_resource_policies rename column project_id to scope;
alter table if exists gcp_compute_resource_policies_history rename column project_id to scope;
alter table if exists gcp_compute_routers rename column project_id to scope;
alter table if exists gcp_compute_routers_history rename column project_id to scope;
alter table if exists gcp_compute_security_policies rename column project_id to scope;
alter table if exists gcp_compute_security_policies_history rename column project_id to scope;
alter table if exists gcp_compute_snapshots rename column project_id to scope;
alter table if exists gcp_compute_snapshots_history rename column project_id to scope;
alter table if exists gcp_compute_ssl_certificates rename column project_id to scope;
alter table if exists gcp_compute_ssl_certificates_history rename column project_id to scope;
alter table if exists gcp_compute_ssl_policies rename column project_id to scope;
alter table if exists gcp_compute_ssl_policies_history rename column project_id to scope;
alter table if exists gcp_compute_subnetworks rename column project_id to scope;
alter table if exists gcp_compute_subnetworks_history rename column project_id to scope;
alter table if exists gcp_compute_target_http_proxies rename column project_id to scope;
alter table if exists gcp_compute_target_http_proxies_history rename column project_id to scope;
alter table if exists gcp_compute_target_https_proxies rename column project_id to scope;
alter table if exists gcp_compute_target_https_proxies_history rename column project_id to scope;
alter table if exists gcp_compute_target_instances rename column project_id to scope;
alter table if exists gcp_compute_target_instances_history rename column project_id to scope;
alter table if exists gcp_compute_target_pools rename column project_id to scope;
alter table if exists gcp_compute_target_pools_history rename column project_id to scope;
alter table if exists gcp_compute_target_ssl_proxies rename column project_id to scope;
alter table if exists gcp_compute_target_ssl_proxies_history rename column project_id to scope;
alter table if exists gcp_compute_target_tcp_proxies rename column project_id to scope;
alter table if exists gcp_compute_target_tcp_proxies_history rename column project_id to scope;
alter table if exists gcp_compute_target_vpn_gateways rename column project_id to scope;
alter table if exists gcp_compute_target_vpn_gateways_history rename column project_id to scope;
alter table if exists gcp_compute_url_maps rename column project_id to scope;
alter table if exists gcp_compute_url_maps_history rename column project_id to scope;
alter table if exists gcp_compute_vpn_gateways rename column project_id to scope;
alter table if exists gcp_compute_vpn_gateways_history rename column project_id to scope;
alter table if exists gcp_compute_vpn_tunnels rename column project_id to scope;
alter table if exists gcp_compute_vpn_tunnels_history rename column project_id to scope;
alter table if exists gcp_gke_clusters rename column project_id to scope;
alter table if exists gcp_gke_clusters_history rename column project_id to scope;
alter table if exists gcp_gke_node_pools rename column project_id to scope;
alter table if exists gcp_gke_node_pools_history rename column project_id to scope;
alter table if exists gcp_iam_project_iam_policies rename column project_id to scope;
alter table if exists gcp_iam_project_iam_policies_history rename column project_id to scope;
alter table if exists gcp_iam_service_account_keys rename column project_id to scope;
alter table if exists gcp_iam_service_account_keys_history rename column project_id to scope;
alter table if exists gcp_iam_service_accounts rename column project_id to scope;
alter table if exists gcp_iam_service_accounts_history rename column project_id to scope;
alter table if exists gcp_run_jobs rename column project_id to scope;
alter table if exists gcp_run_jobs_history rename column project_id to scope;
alter table if exists gcp_run_service_iam_policies rename column project_id to scope;
alter table if exists gcp_run_service_iam_policies_history rename column project_id to scope;
alter table if exists gcp_run_services rename column project_id to scope;
alter table if exists gcp_run_services_history rename column project_id to scope;
alter table if exists gcp_sql_databases rename column project_id to scope;
alter table if exists gcp_sql_databases_history rename column project_id to scope;
alter table if exists gcp_sql_instances rename column project_id to scope;
alter table if exists gcp_sql_instances_history rename column project_id to scope;
alter table if exists gcp_sql_users rename column project_id to scope;
alter table if exists gcp_sql_users_history rename column project_id to scope;
alter table if exists gcp_storage_bucket_iam_policies rename column project_id to scope;
alter table if exists gcp_storage_bucket_iam_policies_history rename column project_id to scope;
alter table if exists gcp_storage_buckets rename column project_id to scope;
alter table if exists gcp_storage_buckets_history rename column project_id to scope;
alter table if exists s1_agents rename column project_id to scope;
alter table if exists s1_agents_history rename column project_id to scope;
alter table if exists s1_groups rename column project_id to scope;
alter table if exists s1_groups_history rename column project_id to scope;
alter table if exists s1_sites rename column project_id to scope;
alter table if exists s1_sites_history rename column project_id to scope;
alter table if exists vng_networks rename column project_id to scope;
alter table if exists vng_networks_history rename column project_id to scope;
alter table if exists vng_secgroups rename column project_id to scope;
alter table if exists vng_secgroups_history rename column project_id to scope;
alter table if exists vng_server_groups rename column project_id to scope;
alter table if exists vng_server_groups_history rename column project_id to scope;
alter table if exists vng_servers rename column project_id to scope;
alter table if exists vng_servers_history rename column project_id to scope;
alter table if exists vng_ssh_keys rename column project_id to scope;
alter table if exists vng_ssh_keys_history rename column project_id to scope;
alter table if exists vng_subnets rename column project_id to scope;
alter table if exists vng_subnets_history rename column project_id to scope;
alter table if exists vng_volumes rename column project_id to scope;
alter table if exists vng_volumes_history rename column project_id to scope;
alter table if exists vng_wan_ips rename column project_id to scope;
alter table if exists vng_wan_ips_history rename column project_id to scope;

-- PostgreSQL 18 (PGlite) names NOT NULL constraints after their column (`<table>_project_id_not_null`);
-- rename those of the renamed columns to the name PostgreSQL gives a new table's (makeObjectName: the longer of
-- table and column name is shortened until the name fits 63 bytes). Servers before 18 have none.
do $$
declare
  c record;
  n1 int;
  n2 int;
begin
  for c in
    select k.conname, r.relname from pg_constraint k
    join pg_class r on r.oid = k.conrelid
    join pg_namespace s on s.oid = r.relnamespace and s.nspname = current_schema()
    join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1] and a.attname = 'scope'
    where k.contype = 'n' and k.conname like '%project_id_not_null%'
  loop
    n1 := length(c.relname);
    n2 := length('scope');
    while n1 + n2 > 63 - 2 - length('not_null') loop
      if n1 > n2 then n1 := n1 - 1; else n2 := n2 - 1; end if;
    end loop;
    execute format('alter table %I rename constraint %I to %I', c.relname, c.conname,
      left(c.relname, n1) || '_' || left('scope', n2) || '_not_null');
  end loop;
end $$;
