-- Folders a discovery walked, with their parents: with gcp_discovered_projects.parent, the resource hierarchy
-- above each project (which hierarchical firewall policies apply to it).
create table gcp_discovered_folders (
  run_id        text not null references gcp_discovery_runs (run_id) on delete cascade,
  folder        text not null,
  parent        text not null,
  discovered_at timestamptz not null,
  primary key (run_id, folder)
);
create index gcp_discovered_folders_folder_idx on gcp_discovered_folders (folder, discovered_at desc);
