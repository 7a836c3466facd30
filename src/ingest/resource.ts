import type { compute_v1 } from '@googleapis/compute';
import { ApplicationFailure } from '@temporalio/common';
import { GcpFailureType } from '../gcp/failure-types.js';
import type { ApiCaller } from '../gcp/api-caller.js';
import type { ListPage } from '../gcp/paging.js';

/** SQL types a typed column may have. */
export type ColumnType = 'text' | 'text[]' | 'jsonb' | 'bigint' | 'integer' | 'boolean' | 'timestamptz';

/** A JS value for a typed column; null/undefined become SQL NULL. */
export type ColumnValue = string | number | boolean | string[] | Record<string, unknown> | null | undefined;

/** What every resource row has, besides its own typed columns. */
export interface BaseRow {
  id: string;
  name: string;
  /** Zone, region, or 'global'. */
  location: string;
  creation_timestamp: string | null | undefined;
}

/** What a list call needs besides the client. */
export interface ListContext {
  projectId: string;
  pageSize: number;
  api: ApiCaller;
}

/** A stored resource, as much as a deletion check needs to get it again. */
export interface StoredRef {
  id: string;
  name: string;
  location: string;
  selfLink: string | null;
}

/**
 * A resource, declared as data: its table, typed columns, how to list it and how to turn an API object into
 * a row. The persist/diff/history/stale-deletion engine and the Temporal wiring are generic over this.
 */
export interface ResourceDefinition<T = unknown> {
  /** Stable kind, e.g. `gcp.compute.instance`; scopes and runs are recorded under it. */
  kind: string;
  /** Short plural for people and the CLI, e.g. `instances`. */
  plural: string;
  /** The Temporal activity that ingests it, e.g. `IngestInstances`. */
  activityName: string;
  /** Current table; the history table is `<table>_history`. */
  table: string;
  /** Typed columns beyond id, name, location, creation_timestamp. */
  columns: Record<string, ColumnType>;
  /** The typed columns `hotpot inventory` lists by default. */
  listColumns: readonly string[];
  list(compute: compute_v1.Compute, ctx: ListContext): AsyncIterable<ListPage<T>>;
  /** One resource as it is now, or 'gone' only on the API's own not-found answer naming it (deletion evidence). */
  get(compute: compute_v1.Compute, ctx: ListContext, ref: StoredRef): Promise<T | 'gone'>;
  /** Pure: API object → typed row. Throws when the object lacks what identifies it. */
  convert(item: T): BaseRow & Record<string, ColumnValue>;
  /** Pure and cheap: the object's id (every listed object needs one; only new or changed ones are converted). */
  identify(item: T): string;
}

/** Every column a row writes, with its SQL type, in table order (project_id and the timestamps aside). */
export function rowColumnTypes(resource: Pick<ResourceDefinition, 'columns'>): Record<string, string> {
  return {
    id: 'text',
    name: 'text',
    location: 'text',
    creation_timestamp: 'timestamptz',
    ...resource.columns,
    fingerprint: 'text',
    raw: 'jsonb',
  };
}

/** The last path segment of a Google resource URL (`…/zones/us-central1-a` → `us-central1-a`). */
export function lastSegment(url: string | null | undefined): string | null {
  if (!url) return null;
  return url.slice(url.lastIndexOf('/') + 1);
}

/** An API object as far as identity goes. */
export interface Identifiable {
  id?: string | null;
  name?: string | null;
  selfLink?: string | null;
}

/** The object's id and name; a non-retryable `GcpMalformedResource` naming the object when either is missing. */
export function requireIdentity(kind: string, item: Identifiable): { id: string; name: string } {
  if (!item.id || !item.name) {
    throw ApplicationFailure.create({
      type: GcpFailureType.MalformedResource,
      nonRetryable: true,
      message: `${kind} without ${item.id ? 'name' : 'id'} in API response: ${item.selfLink ?? item.name ?? item.id ?? '(no selfLink)'}`,
    });
  }
  return { id: item.id, name: item.name };
}

/** `identify` for API objects with id and name, as every Compute resource has. */
export function identifyBy(kind: string): (item: Identifiable) => string {
  return (item) => requireIdentity(kind, item).id;
}
