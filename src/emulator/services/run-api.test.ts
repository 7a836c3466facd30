import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { run_v2 } from '@googleapis/run';
import { sqladmin_v1 } from '@googleapis/sqladmin';
import { startEmulator, type EstateFile, type RunningEmulator } from '../index.js';

const project = 'run-api';
const name = (region: string, kind: string, short: string) =>
  `projects/${project}/locations/${region}/${kind}/${short}`;
const estate: EstateFile = {
  seed: 1,
  projects: [
    {
      id: project,
      services: ['compute.googleapis.com', 'run.googleapis.com', 'sqladmin.googleapis.com'],
      resources: {},
      serviceObjects: {
        runServices: [
          { name: name('us-central1', 'services', 'a') },
          { name: name('us-central1', 'services', 'b') },
          { name: name('europe-west1', 'services', 'c') },
        ],
        runServicePolicies: {
          [name('us-central1', 'services', 'a')]: {
            version: 1,
            bindings: [{ role: 'roles/run.invoker', members: ['allUsers'] }],
          },
        },
        runJobs: [{ name: name('europe-west1', 'jobs', 'nightly') }],
        sqlInstances: [{ kind: 'sql#instance', name: 'db' }],
        sqlUsers: {
          db: [
            { kind: 'sql#user', name: 'app', host: '%', instance: 'db' },
            { kind: 'sql#user', name: 'app', host: '10.0.0.1', instance: 'db' },
          ],
        },
      },
    },
  ],
};

let emulator: RunningEmulator;
let runClient: run_v2.Run;
let sql: sqladmin_v1.Sqladmin;
before(async () => {
  emulator = await startEmulator({ estate });
  const options = { rootUrl: emulator.url, retry: false } as const;
  runClient = new run_v2.Run(options);
  sql = new sqladmin_v1.Sqladmin(options);
});
after(() => emulator?.stop());

const status = async (p: Promise<unknown>) => {
  try {
    await p;
    return 200;
  } catch (err) {
    return (err as { status?: number }).status ?? -1;
  }
};

test('Cloud Run v2 through the official client: pages over every region, one region, gets, policies, 404s', async () => {
  const services = runClient.projects.locations.services;
  const first = await services.list({ parent: `projects/${project}/locations/-`, pageSize: 2 });
  assert.deepEqual(
    first.data.services?.map((s) => s.name),
    [name('us-central1', 'services', 'a'), name('us-central1', 'services', 'b')],
  );
  assert.ok(first.data.nextPageToken);
  const second = await services.list({
    parent: `projects/${project}/locations/-`,
    pageSize: 2,
    pageToken: first.data.nextPageToken,
  });
  assert.deepEqual(second.data, { services: [{ name: name('europe-west1', 'services', 'c') }] });
  const europe = await services.list({ parent: `projects/${project}/locations/europe-west1` });
  assert.equal(europe.data.services?.length, 1);
  const policy = await services.getIamPolicy({ resource: name('us-central1', 'services', 'a') });
  assert.deepEqual(policy.data.bindings, [{ role: 'roles/run.invoker', members: ['allUsers'] }]);
  let message = '';
  try {
    await services.get({ name: name('us-central1', 'services', 'gone') });
  } catch (err) {
    message = (err as Error).message;
  }
  assert.equal(
    message,
    `Resource 'gone' of kind 'SERVICE' in region 'us-central1' in project '${project}' does not exist.`,
  );
  const jobs = await runClient.projects.locations.jobs.list({ parent: `projects/${project}/locations/-` });
  assert.deepEqual(jobs.data, { jobs: [{ name: name('europe-west1', 'jobs', 'nightly') }] });
  assert.equal(
    await status(runClient.projects.locations.jobs.get({ name: name('us-east1', 'jobs', 'x') })),
    404,
  );
});

test('an unreachable zone hides its region’s services and names the region in `unreachable`', async () => {
  await emulator.control.setFault({
    kind: 'unreachableZone',
    project,
    method: 'runServices.list',
    zone: 'us-central1-b',
  });
  const body = await runClient.projects.locations.services.list({
    parent: `projects/${project}/locations/-`,
  });
  await emulator.control.clearFaults();
  assert.deepEqual(body.data, {
    services: [{ name: name('europe-west1', 'services', 'c') }],
    unreachable: ['us-central1'],
  });
});

test('Cloud SQL users: listed per instance, got by name and host; a missing instance answers instanceDoesNotExist', async () => {
  const list = await sql.users.list({ project, instance: 'db' });
  assert.equal(list.data.kind, 'sql#usersList');
  assert.equal(list.data.items?.length, 2);
  const got = await sql.users.get({ project, instance: 'db', name: 'app', host: '10.0.0.1' });
  assert.equal(got.data.host, '10.0.0.1');
  assert.equal(await status(sql.users.get({ project, instance: 'db', name: 'app', host: '1.2.3.4' })), 404);
  const dbs = await sql.databases.list({ project, instance: 'db' });
  assert.deepEqual(dbs.data, { kind: 'sql#databasesList' });
  let reason = '';
  try {
    await sql.databases.list({ project, instance: 'nope' });
  } catch (err) {
    const body = (err as { response?: { data?: { error?: { errors?: { reason?: string }[] } } } }).response
      ?.data;
    reason = body?.error?.errors?.[0]?.reason ?? '';
  }
  assert.equal(reason, 'instanceDoesNotExist');
});
