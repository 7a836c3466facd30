import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createScopeActivities, type ScopeActivitiesDeps } from '../../worker/scope-activities.js';
import { gcpProvider } from '../provider.js';
import { serviceKinds } from '../services/kinds.js';
import { computeKinds } from './kinds.js';
import { computeResources } from './registry.js';

test('the registry declares every workflow-safe kind once, in the same order, with the same names', () => {
  assert.deepEqual(
    computeResources.map(({ kind, plural, activityName, table }) => ({ kind, plural, activityName, table })),
    computeKinds.map(({ kind, plural, activityName, table }) => ({ kind, plural, activityName, table })),
  );
  assert.equal(new Set(computeKinds.map((k) => k.table)).size, computeKinds.length, 'tables are unique');
});

test('the session activities are one Ingest<Plural> per kind (Compute and the services beyond it) and IngestComputeKinds', () => {
  const activities = createScopeActivities({
    provider: gcpProvider,
  } as Partial<ScopeActivitiesDeps> as ScopeActivitiesDeps);
  assert.deepEqual(
    Object.keys(activities).sort(),
    [...[...computeKinds, ...serviceKinds].map((k): string => k.activityName), 'IngestComputeKinds'].sort(),
  );
});
