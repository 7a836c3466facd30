import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { createDiscoveryClient, type DiscoveryClient } from '../../gcp/discovery/discovery-client.js';
import type { HierarchyDocument } from './hierarchy-document.js';
import { HierarchyControlClient } from './hierarchy-control.js';
import { startStandaloneRm, type StandaloneRm } from './standalone.js';

const doc: HierarchyDocument = {
  organizations: [{ id: '123', folders: [{ id: '456', folders: [{ id: '789' }] }, { id: '457' }] }],
  projects: [
    { id: 'alpha-one', parent: 'organizations/123', labels: { env: 'prod' } },
    ...Array.from({ length: 7 }, (_, i) => ({ id: `beta-${i}0000`, parent: 'folders/456' })),
    { id: 'gone-proj', parent: 'folders/456', lifecycleState: 'DELETE_REQUESTED' as const },
    { id: 'nocompute', parent: 'folders/789', services: [] },
  ],
};

let rm: StandaloneRm;
let client: DiscoveryClient;
before(async () => {
  rm = await startStandaloneRm(doc);
  client = createDiscoveryClient({ kind: 'none' }, rm.url);
});
after(() => rm.close());

it('lists folders and ACTIVE projects under a parent, paging with pageSize/pageToken', async () => {
  const folders = await client.rm.folders.list({ parent: 'organizations/123' });
  assert.deepEqual(
    folders.data.folders?.map((f) => [f.name, f.parent]),
    [
      ['folders/456', 'organizations/123'],
      ['folders/457', 'organizations/123'],
    ],
  );
  const ids: string[] = [];
  let pageToken: string | undefined;
  let pages = 0;
  do {
    const page = await client.rm.projects.list({ parent: 'folders/456', pageSize: 3, pageToken });
    pages++;
    ids.push(...(page.data.projects ?? []).map((p) => p.projectId ?? ''));
    pageToken = page.data.nextPageToken ?? undefined;
  } while (pageToken);
  assert.equal(pages, 3);
  assert.deepEqual(ids, [
    'beta-00000',
    'beta-10000',
    'beta-20000',
    'beta-30000',
    'beta-40000',
    'beta-50000',
    'beta-60000',
  ]);
  const all = await client.rm.projects.list({ parent: 'folders/456', showDeleted: true, pageSize: 50 });
  assert.equal(all.data.projects?.find((p) => p.projectId === 'gone-proj')?.state, 'DELETE_REQUESTED');
});

it('answers projects.get, projects.search and Service Usage get / batchGet', async () => {
  const got = await client.rm.projects.get({ name: 'projects/alpha-one' });
  assert.equal(got.data.labels?.env, 'prod');
  assert.match(got.data.name ?? '', /^projects\/\d{12}$/);
  const found = await client.rm.projects.search({ query: 'parent:folders/789' });
  assert.deepEqual(
    found.data.projects?.map((p) => p.projectId),
    ['nocompute'],
  );
  const off = await client.usage.services.get({ name: 'projects/nocompute/services/compute.googleapis.com' });
  assert.equal(off.data.state, 'DISABLED');
  const batch = await client.usage.services.batchGet({
    parent: got.data.name ?? '',
    names: [
      `${got.data.name}/services/compute.googleapis.com`,
      `${got.data.name}/services/storage.googleapis.com`,
    ],
  });
  assert.deepEqual(
    batch.data.services?.map((s) => s.state),
    ['ENABLED', 'DISABLED'],
  );
});

it('answers 403 for an unknown parent and injects 403, 429 with Retry-After and 503', async () => {
  await assert.rejects(
    client.rm.projects.list({ parent: 'folders/999' }),
    (err: { status?: number }) => err.status === 403,
  );
  rm.faults.add({ kind: 'permissionDenied', project: 'folders/457' });
  rm.faults.add({ kind: 'tooManyRequests', project: 'folders/456', count: 1, retryAfterSeconds: 7 });
  rm.faults.add({ kind: 'unavailable', project: 'alpha-one', count: 1 });
  await assert.rejects(
    client.rm.folders.list({ parent: 'folders/457' }),
    (err: { status?: number; message?: string }) => {
      return err.status === 403 && /folders\/457/.test(err.message ?? '');
    },
  );
  await assert.rejects(
    client.rm.projects.list({ parent: 'folders/456' }),
    (err: { status?: number; response?: { headers?: Headers } }) =>
      err.status === 429 && err.response?.headers?.get('retry-after') === '7',
  );
  await assert.rejects(
    client.rm.projects.get({ name: 'projects/alpha-one' }),
    (err: { status?: number }) => err.status === 503,
  );
  assert.equal((await client.rm.projects.list({ parent: 'folders/456' })).status, 200);
  rm.faults.clear();
});

it('changes projects through the hierarchy control API', async () => {
  const control = new HierarchyControlClient(rm.url);
  await control.patchProject('beta-00000', { lifecycleState: 'DELETE_REQUESTED' });
  await control.patchProject('beta-10000', { services: [] });
  await control.patchProject('beta-20000', { purge: true });
  const listed = await client.rm.projects.list({ parent: 'folders/456', pageSize: 50 });
  const ids = listed.data.projects?.map((p) => p.projectId) ?? [];
  assert.ok(!ids.includes('beta-00000') && !ids.includes('beta-20000') && ids.includes('beta-10000'));
  const got = await client.rm.projects.get({ name: 'projects/beta-00000' });
  assert.equal(got.data.state, 'DELETE_REQUESTED');
  await assert.rejects(
    client.rm.projects.get({ name: 'projects/beta-20000' }),
    (err: { status?: number }) => err.status === 403,
  );
  const off = await client.usage.services.get({
    name: 'projects/beta-10000/services/compute.googleapis.com',
  });
  assert.equal(off.data.state, 'DISABLED');
  const truth = await control.projects();
  assert.equal(truth.find((p) => p.id === 'beta-00000')?.lifecycleState, 'DELETE_REQUESTED');
  assert.equal(
    truth.some((p) => p.id === 'beta-20000'),
    false,
  );
});
