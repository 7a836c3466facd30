-- A scope of a kind the worker was configured not to read (`worker.skipKinds`) is recorded as `skipped`: nothing was
-- listed, written or deleted, and its stored rows stay as they were.
alter table ingest_scope_results drop constraint ingest_scope_results_status_check;
alter table ingest_scope_results add constraint ingest_scope_results_status_check
  check (status in ('running', 'ok', 'partial', 'failed', 'skipped'));
