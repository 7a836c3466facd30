import type { VngScopeEstate } from './vng-estate.js';
import { VNG_COLLECTIONS } from './vng-estate.js';

/** An answer of the emulated API: status, JSON body, extra headers. */
export interface VngAnswer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** A vServer request, parsed from `/{region}/vserver-gateway/v2/{projectId}/{collection}[/{id}[/{sub}]]`. */
export interface VngRoute {
  region: string;
  projectId: string;
  collection: string;
  id?: string;
  sub?: string;
  /** What faults and request counts are keyed by: the collection, or `subnets` / `secGroupRules`. */
  path: string;
}

const ROUTE =
  /^\/([a-z]{2,8}-[0-9]{1,3})\/vserver-gateway\/v2\/([^/]+)\/([A-Za-z]+)(?:\/([^/]+)(?:\/([A-Za-z]+))?)?\/?$/;

/** The vServer route of a path, or undefined. */
export function vngRouteOf(pathname: string): VngRoute | undefined {
  const m = ROUTE.exec(pathname);
  if (!m) return undefined;
  const [, region, projectId, collection, id, sub] = m as unknown as [
    string,
    string,
    string,
    string,
    string?,
    string?,
  ];
  const path = sub ?? collection;
  return {
    region,
    projectId: decodeURIComponent(projectId),
    collection,
    ...(id && { id: decodeURIComponent(id) }),
    ...(sub && { sub }),
    path,
  };
}

/** vServer's error answer: `{ message }`. */
export function vngError(status: number, message: string): VngAnswer {
  return { status, body: { message } };
}

/** The answer to a vServer GET in a scope (`lying`: a well-formed empty listing instead). */
export function vserverAnswer(
  scope: VngScopeEstate,
  route: VngRoute,
  params: URLSearchParams,
  lying: boolean,
): VngAnswer {
  const { collection, id, sub } = route;
  if (!(VNG_COLLECTIONS as readonly string[]).includes(collection))
    return vngError(404, `No handler for ${collection}`);
  const items = scope[collection as (typeof VNG_COLLECTIONS)[number]] as unknown as Record<string, unknown>[];
  if (id === undefined) return paged(lying ? [] : items, params);
  if (collection === 'wanIps') return vngError(404, `No handler for wanIps/${id}`);
  const key =
    collection === 'networks' || collection === 'secgroups' || collection === 'sshKeys' ? 'id' : 'uuid';
  const found = items.find((o) => o[key] === id);
  if (sub === undefined) {
    if (!found) return vngError(404, `${collection.replace(/s$/, '')} ${id} not found`);
    return { status: 200, body: collection === 'networks' ? found : { data: found } };
  }
  if (!found) return vngError(404, `${collection.replace(/s$/, '')} ${id} not found`);
  if (collection === 'networks' && sub === 'subnets')
    return { status: 200, body: lying ? [] : scope.subnets.filter((s) => s.networkUuid === id) };
  if (collection === 'secgroups' && sub === 'secGroupRules')
    return { status: 200, body: { data: lying ? [] : (scope.rules[id] ?? []) } };
  return vngError(404, `No handler for ${collection}/${id}/${sub}`);
}

/**
 * A paged listing as the API answers it: `page` from 1 (default 1), `size` 1–1000 (default 10), ordered by
 * creation; `{ listData, page, pageSize, totalPage, totalItem }`. A page past the end is empty.
 */
function paged(items: readonly unknown[], params: URLSearchParams): VngAnswer {
  const page = Number(params.get('page') ?? '1');
  const size = Number(params.get('size') ?? '10');
  if (!Number.isInteger(page) || page < 1)
    return vngError(400, `page must be a positive integer, got ${params.get('page')}`);
  if (!Number.isInteger(size) || size < 1 || size > 1000)
    return vngError(400, `size must be between 1 and 1000, got ${params.get('size')}`);
  const totalPage = Math.ceil(items.length / size);
  return {
    status: 200,
    body: {
      listData: items.slice((page - 1) * size, page * size),
      page,
      pageSize: size,
      totalPage,
      totalItem: items.length,
    },
  };
}
