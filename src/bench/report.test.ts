import assert from 'node:assert/strict';
import { test } from 'node:test';
import { phase } from './phase.js';
import { benchRatios } from './report.js';

test('the first sync is compared with the slower of floor A and floor C, and with floor B apart', () => {
  const floors = [phase('floor A (API)', 2000, 1), phase('floor B (postgres)', 8000, 1)];
  const first = phase('first sync (postgres)', 6000, 1);
  const withC = benchRatios([...floors, phase('floor C (COPY)', 3000, 1), first]);
  assert.equal(withC.firstSyncOverSlowerFloor, 2);
  assert.equal(withC.firstSyncOverFloorB, 0.75);
  const withoutC = benchRatios([...floors, first]);
  assert.equal(withoutC.firstSyncOverSlowerFloor, 0.75);
});
