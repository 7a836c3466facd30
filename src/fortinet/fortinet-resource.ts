import type {
  ColumnDeclaration,
  ColumnValue,
  ListContext,
  ListPage,
  ResourceDefinition,
  StoredRef,
} from '../provider/resource.js';
import { checkEnvelope, isNotFoundFor, type EnvelopeExpectation } from './envelope.js';
import type { FortinetCaller } from './fortinet-caller.js';
import type { FortinetClient } from './fortinet-client.js';
import { fortinetKind, type FortinetPlural } from './kinds.js';
import { fortinetScope } from './scope.js';
import type { FortiObject } from './types.js';
import { orVdomGone } from './vdom-list.js';

/** A FortiGate resource: the engine's contract with the session's client and the paced caller. */
export type FortinetResource<T> = ResourceDefinition<T, FortinetClient, FortinetCaller>;

/** What a Fortinet list or get call needs besides the client; its scope is `<device>/<vdom>`. */
export type FortinetContext = ListContext<FortinetCaller>;

/** The single location of Fortinet rows: a listing covers its whole VDOM, so deletion may happen everywhere in it. */
export const FORTINET_LOCATION = 'global';

/** A `cmdb` table declared as data: where it lives, its key, and its typed columns. */
export interface TableSpec<T extends FortiObject> {
  plural: FortinetPlural;
  /** The table's path and name (`firewall` + `policy`, `firewall.service` + `custom`): URL `cmdb/<path>/<name>`. */
  path: string;
  name: string;
  /** The mkey field: `policyid`, `name`, `seq-num`. */
  key: string;
  columns: Record<string, ColumnDeclaration>;
  listColumns: readonly string[];
  /** Pure: the typed columns beyond id, name and location. */
  row(item: T): Record<string, ColumnValue>;
  /** A global table read through a VDOM (interfaces): whether this object belongs to the scope's VDOM. */
  inVdom?(item: T, vdom: string): boolean;
}

/** Pure: an object's key as text (a non-empty string, or a non-negative integer), or a throw naming the kind. */
export function fortiKey(kind: string, key: string, item: unknown): string {
  const value = (item as Record<string, unknown> | null)?.[key];
  if (typeof value === 'string' && value !== '' && !value.includes('\u0000')) return value;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return String(value);
  throw new Error(`${kind} without a valid ${key}`);
}

/** The names of a reference list (`[{ name }]`), in order; anything else is an empty list. */
export function refNames(refs: unknown): string[] {
  if (!Array.isArray(refs)) return [];
  return refs.flatMap((r) =>
    typeof (r as { name?: unknown })?.name === 'string' ? [(r as { name: string }).name] : [],
  );
}

/** A string field, or null. */
export function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** An integer field, or null. */
export function int(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) ? value : null;
}

/**
 * Pages `cmdb/<path>/<name>?vdom=` with `start`/`count` until `matched_count` rows were served (or a short page
 * when the answer has no count); a VDOM proven gone (see `orVdomGone`) lists as one empty, complete page, or
 * (`whenVdomGone: 'fail'`) its 424 is thrown for the caller to judge. A page that is not a well-formed success envelope of this table and VDOM, or an
 * empty page before `matched_count`, is malformed: retried, never taken for the end of the table.
 */
export async function* tablePages<T extends FortiObject>(
  client: FortinetClient,
  ctx: FortinetContext,
  spec: Pick<TableSpec<T>, 'path' | 'name' | 'inVdom'>,
  extra: Record<string, string> = {},
  whenVdomGone: 'empty' | 'fail' = 'empty',
): AsyncIterable<ListPage<T>> {
  const { device, vdom } = fortinetScope(ctx.scope);
  const expect: EnvelopeExpectation = { path: spec.path, name: spec.name, vdom, results: 'array' };
  const count = Math.max(1, ctx.pageSize);
  for (let start = 0; ; ) {
    const call = () =>
      ctx.api.get(
        client,
        device,
        `cmdb/${spec.path}/${spec.name}`,
        { ...extra, vdom, start: String(start), count: String(count) },
        (status, body) => {
          if (status !== 200) return undefined;
          const envelope = checkEnvelope<T[]>(body, expect);
          const results = envelope.results!;
          if (results.length > count) throw new Error(`${results.length} results for count ${count}`);
          const matched = envelope.matched_count;
          if (matched !== undefined && results.length === 0 && matched > start)
            throw new Error(`an empty page at start ${start} of ${matched} matched rows`);
          return { results, matched };
        },
      );
    const page = whenVdomGone === 'fail' ? await call() : await orVdomGone(client, ctx.api, ctx.scope, call);
    if (page === 'vdom-gone') {
      yield { items: [], locations: [FORTINET_LOCATION], unreachable: [] };
      return;
    }
    const items = spec.inVdom ? page.results.filter((i) => spec.inVdom!(i, vdom)) : page.results;
    yield { items, locations: [FORTINET_LOCATION], unreachable: [] };
    start += page.results.length;
    const done = page.matched !== undefined ? start >= page.matched : page.results.length < count;
    if (done || page.results.length === 0) return;
  }
}

/**
 * One object by key (`cmdb/<path>/<name>/<mkey>?vdom=`): 'gone' only on FortiOS's own 404 envelope for this
 * table, VDOM and key, (global tables) when the object now belongs to another VDOM, or when its VDOM is proven gone.
 */
export async function getByKey<T extends FortiObject>(
  client: FortinetClient,
  ctx: FortinetContext,
  spec: Pick<TableSpec<T>, 'path' | 'name' | 'key' | 'inVdom'>,
  ref: StoredRef,
): Promise<T | 'gone'> {
  const { vdom } = fortinetScope(ctx.scope);
  const expect: EnvelopeExpectation = { path: spec.path, name: spec.name, vdom, results: 'array' };
  const found = await orVdomGone(client, ctx.api, ctx.scope, () => getOne(client, ctx, spec, ref, expect));
  return found === 'vdom-gone' ? 'gone' : found;
}

function getOne<T extends FortiObject>(
  client: FortinetClient,
  ctx: FortinetContext,
  spec: Pick<TableSpec<T>, 'path' | 'name' | 'key' | 'inVdom'>,
  ref: StoredRef,
  expect: EnvelopeExpectation,
): Promise<T | 'gone'> {
  const { device, vdom } = fortinetScope(ctx.scope);
  return ctx.api.get(
    client,
    device,
    `cmdb/${spec.path}/${spec.name}/${encodeURIComponent(ref.id)}`,
    { vdom },
    (status, body): T | 'gone' | undefined => {
      if (status === 404 && isNotFoundFor(body, expect, ref.id)) return 'gone';
      if (status !== 200) return undefined;
      const results = checkEnvelope<T[]>(body, expect).results!;
      const found = results.find((r) => fortiKey('', spec.key, r) === ref.id);
      if (!found) throw new Error(`the answer for key ${ref.id} does not hold it`);
      return spec.inVdom && !spec.inVdom(found, vdom) ? 'gone' : found;
    },
  );
}

/** The declaration of a `cmdb` table from its spec. */
export function tableResource<T extends FortiObject>(spec: TableSpec<T>): FortinetResource<T> {
  const names = fortinetKind(spec.plural);
  return {
    ...names,
    columns: spec.columns,
    listColumns: spec.listColumns,
    list: (client, ctx) => tablePages(client, ctx, spec),
    get: (client, ctx, ref) => getByKey(client, ctx, spec, ref),
    convert(item) {
      const id = fortiKey(names.kind, spec.key, item);
      const name = typeof item.name === 'string' && item.name !== '' ? item.name : id;
      return { id, name, location: FORTINET_LOCATION, creation_timestamp: null, ...spec.row(item) };
    },
    identify: (item) => fortiKey(names.kind, spec.key, item),
  };
}
