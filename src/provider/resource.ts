/** The engine's resource contract: providers declare resources against it; it names no provider SDK. */
import { columnType, type ColumnDeclaration } from '../store/schema/column-spec.js';

export type { ColumnDeclaration, ColumnSpec, ColumnType } from '../store/schema/column-spec.js';

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

/** One page of a listing, flattened across locations. */
export interface ListPage<T> {
  items: T[];
  /** Locations (zone / region names, or 'global') this page listed completely: deletion may happen only there. */
  locations: string[];
  /** Locations the API could not reach: nothing is deleted there. */
  unreachable: string[];
}

/** What the engine needs of a provider's paced, retrying API caller. */
export interface PacedCaller {
  /** Requests sent so far, retries included. */
  readonly calls: number;
  /** Called during the caller's long waits, set by the engine to keep the scope's lease alive. */
  keepAlive: (() => Promise<void>) | undefined;
}

/** What a list or get call needs besides the client. */
export interface ListContext<A extends PacedCaller = PacedCaller> {
  /** The unit the provider syncs: a GCP project, an S1 console. */
  scope: string;
  pageSize: number;
  api: A;
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
export interface ResourceDefinition<T = unknown, C = unknown, A extends PacedCaller = PacedCaller> {
  /** Stable kind, e.g. `gcp.compute.instance`; scopes and runs are recorded under it. */
  kind: string;
  /** Short plural for people and the CLI, e.g. `instances`. */
  plural: string;
  /** The Temporal activity that ingests it, e.g. `IngestInstances`. */
  activityName: string;
  /** Current table; the history table is `<table>_history`. */
  table: string;
  /**
   * Typed columns beyond id, name, location, creation_timestamp: a type, or a `ColumnSpec` stating nullability,
   * default and index. The current and history tables' DDL is rendered from these (`hotpot migrate render`).
   */
  columns: Record<string, ColumnDeclaration>;
  /** Bump to re-derive stored rows' typed columns when a converter's behaviour changes outside its own code. */
  version?: number;
  /** The typed columns `hotpot inventory` lists by default. */
  listColumns: readonly string[];
  /**
   * The API quota this kind's calls count against, when not the scope's shared one: its calls take tokens from
   * the scope's bucket of that name, refilled at `requestsPerMinute` (else the provider's configured rate).
   */
  quota?: { bucket: string; requestsPerMinute?: number };
  /** The change feed's names of this kind (Cloud Asset types): feed events of these types become its versions. */
  assetTypes?: readonly string[];
  list(client: C, ctx: ListContext<A>): AsyncIterable<ListPage<T>>;
  /** One resource as it is now, or 'gone' only on the API's own not-found answer naming it (deletion evidence). */
  get(client: C, ctx: ListContext<A>, ref: StoredRef): Promise<T | 'gone'>;
  /** Pure: API object → typed row. Throws when the object lacks what identifies it. */
  convert(item: T): BaseRow & Record<string, ColumnValue>;
  /** Pure and cheap: the object's id (every listed object needs one; only new or changed ones are converted). */
  identify(item: T): string;
}

/** Every column a row writes, with its SQL type, in table order (scope and the timestamps aside). */
export function rowColumnTypes(resource: Pick<ResourceDefinition, 'columns'>): Record<string, string> {
  return {
    id: 'text',
    name: 'text',
    location: 'text',
    creation_timestamp: 'timestamptz',
    ...Object.fromEntries(Object.entries(resource.columns).map(([name, c]) => [name, columnType(c)])),
    fingerprint: 'text',
    raw: 'jsonb',
  };
}
