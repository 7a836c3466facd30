import type { sqladmin_v1 } from '@googleapis/sqladmin';
import type { ListPage } from '../../../provider/resource.js';
import { checkEnvelope } from '../listing-envelope.js';
import { serviceGetOrGone } from '../get-or-gone.js';
import { noRetry, type ServiceContext } from '../service-resource.js';
import { servicePages } from '../service-paging.js';
import { sqlInstancesListing } from './instance.js';

/** Cloud SQL's 404 reasons that prove an instance's database or user is gone (its instance going takes them too). */
export const sqlGoneReasons = ['notFound', 'instanceDoesNotExist'] as const;

/**
 * One page per page of `instances.list`, holding every listed instance's objects from `list` (one call per
 * instance, no paging: `sql#databasesList` / `sql#usersList`); an instance deleted meanwhile has none. The objects
 * are stored under `global`, so a page whose instance listing missed a region deletes nothing.
 */
export async function* perInstance<T>(
  client: { sqladmin: sqladmin_v1.Sqladmin },
  ctx: ServiceContext,
  method: string,
  kind: string,
  list: (instance: string) => Promise<{ data: { items?: T[] } }>,
): AsyncGenerator<ListPage<T>> {
  const pages = servicePages(ctx, sqlInstancesListing, (pageToken) =>
    client.sqladmin.instances.list(
      { project: ctx.scope, maxResults: Math.min(ctx.pageSize, 500), ...(pageToken ? { pageToken } : {}) },
      noRetry,
    ),
  );
  for await (const page of pages) {
    const items: T[] = [];
    for (const instance of page.items) {
      if (!instance.name) continue;
      const path = `projects/${ctx.scope}/instances/${instance.name}`;
      const what = `${method} ${path}`;
      const body = await serviceGetOrGone(
        ctx.api,
        {
          method,
          path,
          reason: 'instanceDoesNotExist',
          check: (b) => checkEnvelope(b, { kind, field: 'items' }, what),
        },
        () => list(instance.name!),
      );
      if (body !== 'gone') items.push(...(body.items ?? []));
    }
    const complete = page.unreachable.length === 0;
    yield { items, locations: complete ? ['global'] : [], unreachable: page.unreachable };
  }
}
