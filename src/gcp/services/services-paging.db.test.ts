import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ingestEnv, type IngestEnv } from '../../test-support/ingest-env.js';

const project = 'svc-pages';
const pageSize = 3;
let env: IngestEnv;
before(async () => {
  env = await ingestEnv({
    pageSize,
    emulator: {
      generate: {
        seed: 'services-paging',
        projects: [project],
        zones: 2,
        instances: 1,
        disks: 1,
        withServices: true,
        serviceCounts: { buckets: 7, serviceAccounts: 5, sqlInstances: 4, runServices: 7, runJobs: 3 },
      },
    },
  });
});
after(() => env?.close());

const pages = (n: number) => Math.max(1, Math.ceil(n / pageSize));

test('with 3 objects a page, every service listing makes exactly the calls the ground truth implies', async () => {
  const result = await (await env.inventory({ projectIds: [project] })).result();
  assert.equal(result.status, 'ok', JSON.stringify(result.projects));
  const truth = await env.emulator.control.serviceTruth(project);
  const n = (plural: string) => truth[plural]!.length;
  const calls = (await env.emulator.control.requestCounts())[project]!;
  const want: Record<string, number> = {
    'clusters.list': 2,
    'sqlInstances.list': 3 * pages(n('sqlInstances')),
    'sqlDatabases.list': n('sqlInstances'),
    'sqlUsers.list': n('sqlInstances'),
    'buckets.list': 2 * pages(n('buckets')),
    'buckets.getIamPolicy': n('buckets'),
    'serviceAccounts.list': 2 * pages(n('serviceAccounts')),
    'serviceAccountKeys.list': n('serviceAccounts'),
    'projects.getIamPolicy': 1,
    'runServices.list': 2 * pages(n('runServices')),
    'runServices.getIamPolicy': n('runServices'),
    'runJobs.list': pages(n('runJobs')),
  };
  assert.deepEqual(
    Object.fromEntries(Object.keys(want).map((m) => [m, calls[m] ?? 0])),
    want,
    'calls per services method',
  );
  assert.ok(pages(n('runServices')) > 1 && pages(n('buckets')) > 1, 'the estate spans several pages');
});
