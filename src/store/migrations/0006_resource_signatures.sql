-- What produced the typed columns of each resource kind's stored rows (columns, converter code, version): when a
-- new Hotpot runs with another signature, the typed columns are derived again from the raw objects.
create table resource_signatures (
  resource_kind text primary key,
  signature     text not null,
  updated_at    timestamptz not null default clock_timestamp()
);
