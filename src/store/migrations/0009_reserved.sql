-- Placeholder on the s1 branch for migration 0009, which another branch adds; drop this file at merge.
select 1;
