import type { compute_v1 } from '@googleapis/compute';

/** A resource type the bench lists, with how to page all of a project's objects of it. */
export type BenchPlural = 'instances' | 'disks' | 'networks';

/** Every object of one type in one project, page by page (pages of 500), through the official client alone. */
export async function* listRaw(
  compute: compute_v1.Compute,
  project: string,
  plural: BenchPlural,
): AsyncGenerator<unknown[]> {
  let pageToken: string | undefined;
  do {
    const common = { project, maxResults: 500, ...(pageToken ? { pageToken } : {}) };
    let items: unknown[] = [];
    let next: string | null | undefined;
    if (plural === 'networks') {
      const res = await compute.networks.list(common);
      items = res.data.items ?? [];
      next = res.data.nextPageToken;
    } else {
      const res =
        plural === 'instances'
          ? await compute.instances.aggregatedList({ ...common, returnPartialSuccess: true })
          : await compute.disks.aggregatedList({ ...common, returnPartialSuccess: true });
      for (const scoped of Object.values(res.data.items ?? {}) as Record<string, unknown>[]) {
        const list = scoped[plural];
        if (Array.isArray(list)) items.push(...(list as unknown[]));
      }
      next = res.data.nextPageToken;
    }
    yield items;
    pageToken = next ?? undefined;
  } while (pageToken);
}
