import assert from 'node:assert/strict';
import { test } from 'node:test';
import { convertResourcePolicy } from './convert.js';
import { resourcePolicyFixture } from './fixtures.js';

const cases: {
  name: string;
  overrides: Parameters<typeof resourcePolicyFixture>[0];
  want: Partial<ReturnType<typeof convertResourcePolicy>>;
}[] = [
  {
    name: 'snapshot schedule with retention',
    overrides: {},
    want: { location: 'us-central1', status: 'READY', policy_type: 'SNAPSHOT_SCHEDULE', retention_days: 14 },
  },
  {
    name: 'group placement policy',
    overrides: { snapshotSchedulePolicy: undefined, groupPlacementPolicy: { collocation: 'COLLOCATED' } },
    want: { policy_type: 'GROUP_PLACEMENT', retention_days: undefined },
  },
  {
    name: 'instance schedule',
    overrides: { snapshotSchedulePolicy: undefined, instanceSchedulePolicy: { timeZone: 'UTC' } },
    want: { policy_type: 'INSTANCE_SCHEDULE' },
  },
  { name: 'no policy at all', overrides: { snapshotSchedulePolicy: undefined }, want: { policy_type: null } },
];

for (const c of cases)
  test(`convertResourcePolicy: ${c.name}`, () => {
    const row = convertResourcePolicy(resourcePolicyFixture(c.overrides));
    for (const [column, value] of Object.entries(c.want))
      assert.deepEqual(row[column as keyof typeof row], value, column);
  });
