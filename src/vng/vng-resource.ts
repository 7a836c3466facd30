import type { ColumnDeclaration, ResourceDefinition, StoredRef } from '../provider/resource.js';
import type { KindNames } from '../provider/kind.js';
import { dataOf, pagedList, vngId, VNG_LOCATION, type VngContext } from './paging.js';
import { parseVngScope } from './scope.js';
import type { VngCaller } from './vng-caller.js';
import type { VngClient } from './vng-client.js';

/** A VNG resource: the engine's contract with the session's VNG client and the paced caller. */
export type VngResource<T> = ResourceDefinition<T, VngClient, VngCaller>;

/** A typed row's own columns (id, name, location and creation time are added by `vngResource`). */
export type VngColumns = Record<string, string | number | boolean | string[] | null | undefined>;

/** How one paged vServer collection is declared. */
export interface PagedKind<L, T> {
  names: KindNames;
  /** The path segment under `/v2/{projectId}/`: `servers`, `volumes`, … */
  collection: string;
  /** The field carrying the object's id: `uuid` or `id`. */
  idField: string;
  /** The field carrying its name. */
  nameField: string;
  columns: Record<string, ColumnDeclaration>;
  listColumns: readonly string[];
  row(item: T): VngColumns;
  /** What Hotpot stores of a listed object (default: the object itself). */
  each?: (item: L, client: VngClient, ctx: VngContext) => Promise<T> | T;
  /** One object again, or 'gone' on the API's not-found (default: `GET <collection>/{id}` answering `{ data }`). */
  get?: (client: VngClient, ctx: VngContext, ref: StoredRef) => Promise<T | 'gone'>;
}

/** A declaration for a paged vServer collection; its rows live at `VNG_LOCATION` of their scope. */
export function vngResource<L, T>(kind: PagedKind<L, T>): VngResource<T> {
  const id = (item: T) => vngId(kind.names.kind, item, kind.idField);
  const each = kind.each;
  return {
    ...kind.names,
    columns: kind.columns,
    listColumns: kind.listColumns,
    list: (client, ctx) =>
      pagedList<L, T>(client, ctx, kind.collection, each ? (item) => each(item, client, ctx) : undefined),
    get:
      kind.get ??
      (async (client, ctx, ref) => {
        const found = await getOne<L>(
          client,
          ctx,
          `${kind.collection}/${encodeURIComponent(ref.id)}`,
          dataOf,
        );
        if (found === 'gone') return 'gone';
        return each ? each(found, client, ctx) : (found as unknown as T);
      }),
    convert(item) {
      const name = (item as Record<string, unknown>)[kind.nameField];
      const created = (item as { createdAt?: unknown }).createdAt;
      return {
        id: id(item),
        name: typeof name === 'string' && name ? name : id(item),
        location: VNG_LOCATION,
        creation_timestamp: typeof created === 'string' && created ? created : null,
        ...kind.row(item),
      };
    },
    identify: id,
  };
}

/** `GET /v2/{projectId}/<path>` of the scope: its validated body, or 'gone' when the API answered 404. */
export async function getOne<T>(
  client: VngClient,
  ctx: VngContext,
  path: string,
  validate: (body: unknown) => T,
): Promise<T | 'gone'> {
  const { projectId, region } = parseVngScope(ctx.scope);
  const got = await ctx.api.getOrNotFound(
    client,
    region,
    `/v2/${encodeURIComponent(projectId)}/${path}`,
    validate,
  );
  return got === 'notFound' ? 'gone' : got;
}

/** The distinct non-empty strings of a list, in order. */
export function distinct(values: readonly (string | undefined | null)[]): string[] {
  return [...new Set(values.filter((v): v is string => typeof v === 'string' && v.length > 0))];
}
