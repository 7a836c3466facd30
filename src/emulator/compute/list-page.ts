import { parseStored, type ProjectState, type StoredResource } from '../estate.js';
import { compileFilter, UnsupportedFilterError } from './filter.js';
import { invalidArgument } from '../google-errors.js';
import {
  aggregatedListKind,
  globalTwinOf,
  listHasSelfLink,
  listKind,
  resourceTypes,
  scopedField,
  type ResourceType,
} from './resource-types.js';
import { computeBase } from './urls.js';

/** Compute's default and maximum page size. */
const maxPageSize = 500;

/** The list parameters a request carries, already read from the query string. */
export interface ListParams {
  maxResults?: string | null;
  pageToken?: string | null;
  filter?: string | null;
  returnPartialSuccess?: boolean;
}

/** How faults reshape a well-formed page (see faults.ts); the default is the honest page. */
export interface PageShape {
  /** Served instead of the listing's own `kind`. */
  kind?: string;
  /** Serve no items and no nextPageToken (aggregated: every scope with NO_RESULTS_ON_PAGE). */
  empty?: boolean;
  /** Scopes of an aggregatedList that carry this warning instead of their items. */
  warnings?: ReadonlyMap<string, object>;
  /** Called for each item served, in page order; a Buffer replaces the item's JSON. */
  item?: (resource: StoredResource) => Buffer | undefined;
}

/**
 * The resources a listing pages through, in order: one scope's, or (scope undefined, an aggregatedList) every
 * reachable scope's, the global twin's objects first as Google's `global` scope.
 */
export function listingPool(
  project: ProjectState,
  type: ResourceType,
  scope: string | undefined,
  params: ListParams,
  unreachable: ReadonlySet<string>,
): readonly StoredResource[] {
  const collection = project.collections[type];
  const twin = globalTwinOf(type);
  const globals = scope === undefined && twin ? project.collections[twin].all() : [];
  let all =
    scope !== undefined
      ? collection.inScope(scope)
      : globals.length
        ? [...globals, ...collection.all()]
        : collection.all();
  if (scope === undefined && unreachable.size) all = all.filter((r) => !unreachable.has(r.scope));
  return params.filter ? applyFilter(all, params.filter) : all;
}

/** The offset of the page a request asks for (0 for the first page). */
export function pageOffset(params: ListParams): number {
  return params.pageToken ? decodeToken(params.pageToken) : 0;
}

/** An aggregatedList page: every reachable scope appears, empty ones with the NO_RESULTS_ON_PAGE warning. */
export function aggregatedPage(
  project: ProjectState,
  type: ResourceType,
  params: ListParams,
  unreachable: ReadonlySet<string>,
  shape: PageShape = {},
): Buffer {
  const keys = project.collections[type].scopeKeys();
  const scopes = (globalTwinOf(type) ? ['global', ...keys] : keys).filter((s) => !unreachable.has(s));
  const { items, next } = shape.empty
    ? { items: [], next: undefined }
    : slice(listingPool(project, type, undefined, params, unreachable), params);
  const byScope = new Map<string, StoredResource[]>();
  for (const item of items) {
    const list = byScope.get(item.scope);
    if (list) list.push(item);
    else byScope.set(item.scope, [item]);
  }
  const relative = `projects/${project.id}/aggregated/${resourceTypes[type].path}`;
  const parts: (string | Buffer)[] = [
    `{"kind":${JSON.stringify(shape.kind ?? aggregatedListKind(type))},"id":${JSON.stringify(relative)},"items":{`,
  ];
  scopes.forEach((scope, i) => {
    parts.push(`${i ? ',' : ''}${JSON.stringify(scope)}:`);
    const list = byScope.get(scope);
    const warning = shape.warnings?.get(scope);
    if (warning) parts.push(`{"warning":${JSON.stringify(warning)}}`);
    else if (list) parts.push(`{"${scopedField(type)}":[`, ...joined(list, shape.item), ']}');
    else parts.push(`{"warning":${noResultsWarning(scope)}}`);
  });
  parts.push('}');
  if (next !== undefined) parts.push(`,"nextPageToken":"${next}"`);
  parts.push(`,"selfLink":${JSON.stringify(`${computeBase}/${relative}`)}`);
  if (unreachable.size) parts.push(`,"unreachables":${JSON.stringify([...unreachable])}`);
  parts.push('}');
  return concat(parts);
}

/** A list page of one scope (`zones/<z>`, `regions/<r>` or `global`). */
export function listPage(
  project: ProjectState,
  type: ResourceType,
  scope: string,
  params: ListParams,
  shape: PageShape = {},
): Buffer {
  const { items, next } = shape.empty
    ? { items: [], next: undefined }
    : slice(listingPool(project, type, scope, params, new Set()), params);
  const relative = `projects/${project.id}/${scope}/${resourceTypes[type].path}`;
  const parts: (string | Buffer)[] = [
    `{"kind":${JSON.stringify(shape.kind ?? listKind(type))},"id":${JSON.stringify(relative)}`,
  ];
  if (items.length) parts.push(',"items":[', ...joined(items, shape.item), ']');
  if (next !== undefined) parts.push(`,"nextPageToken":"${next}"`);
  if (listHasSelfLink(type)) parts.push(`,"selfLink":${JSON.stringify(`${computeBase}/${relative}`)}`);
  parts.push('}');
  return concat(parts);
}

function slice(pool: readonly StoredResource[], params: ListParams) {
  const size = pageSize(params.maxResults);
  const offset = pageOffset(params);
  const items = pool.slice(offset, offset + size);
  const next = offset + size < pool.length ? encodeToken(offset + size) : undefined;
  return { items, next };
}

/** The page size a `maxResults` asks for (at most 500); a bad value is Google's invalid-argument error. */
export function pageSize(raw: string | null | undefined): number {
  if (raw === undefined || raw === null || raw === '') return maxPageSize;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0)
    throw invalidArgument(`Invalid value for field 'maxResults': '${raw}'. Must be a non-negative integer.`);
  return n === 0 ? maxPageSize : Math.min(n, maxPageSize);
}

function applyFilter(all: readonly StoredResource[], filter: string): StoredResource[] {
  let test;
  try {
    test = compileFilter(filter);
  } catch (err) {
    if (err instanceof UnsupportedFilterError) throw invalidArgument(err.message);
    throw err;
  }
  return all.filter((r) => test(parseStored(r)));
}

/** Page tokens are opaque to clients; inside they carry the offset of the next page. */
/** The opaque token of the page starting at `offset`. */
export function encodeToken(offset: number): string {
  return Buffer.from(`hotpot:${offset}`).toString('base64url');
}

function decodeToken(token: string): number {
  const m = /^hotpot:(\d+)$/.exec(Buffer.from(token, 'base64url').toString());
  if (!m?.[1]) throw invalidArgument(`Invalid value for field 'pageToken': '${token}'.`);
  return Number(m[1]);
}

function noResultsWarning(scope: string): string {
  return JSON.stringify({
    code: 'NO_RESULTS_ON_PAGE',
    data: [{ key: 'scope', value: scope }],
    message: `There are no results for scope '${scope}' on this page.`,
  });
}

function joined(
  items: readonly StoredResource[],
  replace?: (resource: StoredResource) => Buffer | undefined,
): (string | Buffer)[] {
  const out: (string | Buffer)[] = [];
  items.forEach((item, i) => {
    if (i) out.push(',');
    out.push(replace?.(item) ?? item.json);
  });
  return out;
}

function concat(parts: (string | Buffer)[]): Buffer {
  return Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : p)));
}
