import assert from 'node:assert/strict';
import { test } from 'node:test';
import { serviceListCallChecks } from './service-calls.js';

const objects = (n: number) => Array.from({ length: n }, () => ({}));

/** A project of 3 Cloud SQL instances, 1,200 buckets, 150 service accounts, 2 Cloud Run services, nothing else. */
const truth = {
  p: {
    sqlInstances: objects(3),
    buckets: objects(1200),
    serviceAccounts: objects(150),
    runServices: objects(2),
  },
};

/** Hand-derived at 500 a page: each listing ⌈n/min(500, API max)⌉ times per kind running it, one call per parent. */
const minimum = {
  'clusters.list': 2,
  'sqlInstances.list': 3,
  'sqlDatabases.list': 3,
  'sqlUsers.list': 3,
  'buckets.list': 2 * 3,
  'buckets.getIamPolicy': 1200,
  'serviceAccounts.list': 2 * 2,
  'serviceAccountKeys.list': 150,
  'projects.getIamPolicy': 1,
  'runServices.list': 2,
  'runServices.getIamPolicy': 2,
  'runJobs.list': 1,
};

test('services calls at the minimum for the page size pass, one call more or less fails', () => {
  const ok = serviceListCallChecks({ p: minimum }, truth, 500);
  assert.deepEqual(
    ok.map((c) => [c.method, c.expected, c.actual, c.projectsOff]),
    Object.entries(minimum).map(([m, n]) => [m, n, n, 0]),
  );
  const off = serviceListCallChecks(
    { p: { ...minimum, 'buckets.list': 7, 'serviceAccountKeys.list': 149 } },
    truth,
    500,
  ).filter((c) => c.actual !== c.expected || c.projectsOff);
  assert.deepEqual(
    off.map((c) => [c.type, c.method, c.projectsOff]),
    [
      ['buckets', 'buckets.list', 1],
      ['serviceAccountKeys', 'serviceAccountKeys.list', 1],
    ],
  );
});

test('a project whose calls are off is counted even when another project makes up the sum', () => {
  const two = { a: truth.p, b: truth.p };
  const checks = serviceListCallChecks(
    { a: { ...minimum, 'runJobs.list': 2 }, b: { ...minimum, 'runJobs.list': 0 } },
    two,
    500,
  );
  const jobs = checks.find((c) => c.method === 'runJobs.list')!;
  assert.equal(jobs.actual, jobs.expected);
  assert.equal(jobs.projectsOff, 2);
});
